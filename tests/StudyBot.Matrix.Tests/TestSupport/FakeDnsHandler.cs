namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>Sends requests for any host under <c>fake.test</c> (https, as a real server name) to the fake homeserver, like a DNS entry would.</summary>
internal sealed class FakeDnsHandler(Uri fakeServer) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && (uri.Host == "fake.test" || uri.Host.EndsWith(".fake.test", StringComparison.Ordinal)))
        {
            request.RequestUri = new Uri(fakeServer, uri.PathAndQuery);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
