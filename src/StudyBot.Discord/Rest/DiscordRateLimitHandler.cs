using System.Net;

namespace StudyBot.Discord.Rest;

/// <summary>
/// Sends each request within Discord's rate limits: waits for its bucket and the global limit, retries a 429
/// after retry_after, and stops for good on a refused token or for long on an edge ban.
/// </summary>
internal sealed class DiscordRateLimitHandler : DelegatingHandler
{
    /// <summary>Tries per request when Discord answers 429; more would only add to the invalid-request count.</summary>
    public const int MaxAttempts = 3;

    private readonly DiscordRateLimiter _limiter;

    public DiscordRateLimitHandler(DiscordRateLimiter limiter)
    {
        _limiter = limiter;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = _limiter.RouteOf(request);

        // An interaction is answered once, within 3 seconds: its callback shares a bucket with no other request, so
        // callbacks never queue behind each other; the bucket of its own keeps a 429's wait between attempts.
        var own = route.IsInteractionCallback ? new RateLimitBucket(_limiter.TimeProvider) : null;
        for (var attempt = 1; ; attempt++)
        {
            _limiter.ThrowIfStopped(route);
            await _limiter.WaitGlobalAsync(route, cancellationToken).ConfigureAwait(false);
            var bucket = own ?? _limiter.BucketOf(route);
            HttpResponseMessage response;
            var gate = bucket.Gate;
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var delay = bucket.Delay();
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _limiter.TimeProvider, cancellationToken).ConfigureAwait(false);
                }

                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (own is null)
                {
                    bucket = _limiter.Learn(route, bucket, response);
                }
            }
            finally
            {
                gate.Release();
            }

            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                _limiter.OnUnauthorized(route);
                return response;
            }

            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                _limiter.OnForbidden(route);
                return response;
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            var retry = await _limiter.OnTooManyRequestsAsync(route, bucket, response, cancellationToken).ConfigureAwait(false);
            if (!retry || attempt >= MaxAttempts)
            {
                return response;
            }

            response.Dispose();
        }
    }
}
