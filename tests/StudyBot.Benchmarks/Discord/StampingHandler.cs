namespace StudyBot.Benchmarks.Discord;

/// <summary>The innermost handler of the bot's Discord HTTP client: notes when each request goes to the socket.</summary>
internal sealed class StampingHandler(InBotStamps stamps) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        stamps.Sent(request.RequestUri!);
        return base.SendAsync(request, cancellationToken);
    }
}
