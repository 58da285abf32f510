using System.Net;
using System.Net.Http.Headers;
using StudyBot.Matrix.Session;

namespace StudyBot.Matrix.Http;

/// <summary>
/// Puts the access token on every request (as a header, never in the URL) and, when the server soft-logs the bot out,
/// renews the session and repeats the request with the new token.
/// </summary>
internal sealed class MatrixAuthHandler(MatrixSession session, MatrixSignIn signIn) : DelegatingHandler
{
    private const int MaxRenewals = 3;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(MatrixRequest.Anonymous, out var anonymous) && anonymous)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // A renewed token can itself be soft-logged-out before the repeat arrives; a few renewals, then the 401 stands.
        for (var renewal = 0; ; renewal++)
        {
            var token = session.AccessToken;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Unauthorized || token is null || renewal == MaxRenewals)
            {
                return response;
            }

            var error = await MatrixError.ReadAsync(response, cancellationToken).ConfigureAwait(false);
            if (error is not { ErrorCode: MatrixErrorCodes.UnknownToken, SoftLogout: true }
                || !await signIn.RenewAsync(token, cancellationToken).ConfigureAwait(false))
            {
                return response;
            }

            response.Dispose();
        }
    }
}
