using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StudyBot.Discord.Rest;

/// <summary>
/// The rate-limit state of the whole process: buckets learnt from X-RateLimit-* headers, the global 50 requests a
/// second, a global 429's pause, and the stops after a refused token or an edge ban. It outlives the message
/// handlers, which the HTTP client factory recycles.
/// </summary>
internal sealed partial class DiscordRateLimiter : IAsyncDisposable
{
    /// <summary>Discord's documented global limit for bots.</summary>
    public const int GlobalRequestsPerSecond = 50;

    /// <summary>How long to stay silent after an edge ban (a 429 without a JSON body): Discord bans for about an hour.</summary>
    public static readonly TimeSpan BanBackoff = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, string> _bucketHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimedFixedWindow _global;
    private readonly InvalidRequestBudget _invalid;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DiscordRateLimiter> _logger;
    private readonly string _basePath;
    private DateTimeOffset _globalBlockedUntil;
    private DateTimeOffset _stoppedUntil;
    private string? _stopReason;

    public DiscordRateLimiter(IOptions<DiscordOptions> options, InvalidRequestBudget invalid, TimeProvider timeProvider, ILogger<DiscordRateLimiter> logger)
    {
        _invalid = invalid;
        _timeProvider = timeProvider;
        _logger = logger;
        _global = new TimedFixedWindow(GlobalRequestsPerSecond, TimeSpan.FromSeconds(1), timeProvider);
        _basePath = new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + "/").AbsolutePath;
    }

    public TimeProvider TimeProvider => _timeProvider;

    public RateLimitRoute RouteOf(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            path = path[_basePath.Length..];
        }

        return RateLimitRoute.From(request.Method, path);
    }

    /// <summary>Throws while the client is stopped after a 401 or a ban.</summary>
    public void ThrowIfStopped(RateLimitRoute route)
    {
        if (_stopReason is not null && _timeProvider.GetUtcNow() < _stoppedUntil)
        {
            throw new DiscordUnavailableException($"Not sending {route.Template}: {_stopReason}", _stoppedUntil);
        }
    }

    /// <summary>Waits for the global limit; interaction callbacks are exempt from it.</summary>
    public async ValueTask WaitGlobalAsync(RateLimitRoute route, CancellationToken cancellationToken)
    {
        if (route.IsInteractionCallback)
        {
            return;
        }

        var wait = _globalBlockedUntil - _timeProvider.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        await _global.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Buckets kept before idle ones are dropped; each interaction's webhook token makes a bucket of its own.</summary>
    public const int MaxIdleBuckets = 1_000;

    public int BucketCount => _buckets.Count;

    public RateLimitBucket BucketOf(RateLimitRoute route)
    {
        var hash = _bucketHashes.TryGetValue(route.Key, out var known) ? known : route.Key;
        if (_buckets.Count >= MaxIdleBuckets)
        {
            ForgetIdleBuckets();
        }

        return _buckets.GetOrAdd(hash + "|" + route.Major, _ => new RateLimitBucket(_timeProvider));
    }

    /// <summary>Learns the bucket of <paramref name="route"/> and its window from a response's headers.</summary>
    public RateLimitBucket Learn(RateLimitRoute route, RateLimitBucket current, HttpResponseMessage response)
    {
        var bucket = current;
        if (Header(response, "X-RateLimit-Bucket") is { Length: > 0 } hash
            && (!_bucketHashes.TryGetValue(route.Key, out var known) || known != hash))
        {
            _bucketHashes[route.Key] = hash;
            bucket = BucketOf(route);
        }

        bucket.Update(
            int.TryParse(Header(response, "X-RateLimit-Remaining"), System.Globalization.CultureInfo.InvariantCulture, out var remaining) ? remaining : null,
            Seconds(Header(response, "X-RateLimit-Reset-After")));
        return bucket;
    }

    /// <summary>
    /// Handles a 429: pauses the bucket or everything for retry_after, or stops for <see cref="BanBackoff"/> when the
    /// answer has no JSON body (Discord's edge ban). Returns whether the request may be tried again.
    /// </summary>
    public async Task<bool> OnTooManyRequestsAsync(RateLimitRoute route, RateLimitBucket bucket, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (retryAfter, globalInBody) = await ReadRetryAfterAsync(response, cancellationToken).ConfigureAwait(false);
        if (retryAfter is null)
        {
            Stop($"Discord's edge refused this address (429 without a body); waiting {BanBackoff}", BanBackoff);
            LogBanned(_logger, route.Template, BanBackoff);
            return false;
        }

        var scope = Header(response, "X-RateLimit-Scope") ?? (globalInBody ? "global" : "user");

        // A shared-scope 429 is the resource's limit, not this bot's doing: Discord does not count it as invalid.
        if (scope != "shared" && !SpendInvalid(route))
        {
            return false;
        }

        if (globalInBody || string.Equals(Header(response, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase))
        {
            _globalBlockedUntil = _timeProvider.GetUtcNow() + retryAfter.Value;
        }
        else
        {
            bucket.BlockFor(retryAfter.Value);
        }

        LogRateLimited(_logger, route.Template, scope, retryAfter.Value);
        return true;
    }

    /// <summary>Counts a 403; a run of them (a lost permission retried in a loop) stops the client for a while.</summary>
    public void OnForbidden(RateLimitRoute route) => SpendInvalid(route);

    public void OnUnauthorized(RateLimitRoute route)
    {
        // A refused token stays refused: every further request would count toward the invalid-request ban.
        Stop("Discord refused the bot token (401); check StudyBot:Discord:Token and restart", TimeSpan.MaxValue);
        LogUnauthorized(_logger, route.Template);
    }

    public ValueTask DisposeAsync() => _global.DisposeAsync();

    /// <summary>
    /// Drops buckets with nothing to wait for and no request in flight: a later request to their route starts
    /// afresh and learns the window from its answer, as the first request did.
    /// </summary>
    private void ForgetIdleBuckets()
    {
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle)
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    private bool SpendInvalid(RateLimitRoute route)
    {
        if (_invalid.Spend())
        {
            return true;
        }

        Stop($"Discord refused too many requests lately (401, 403 or 429); waiting {InvalidRequestBudget.Window} to stay clear of its ban", InvalidRequestBudget.Window);
        LogTooManyInvalid(_logger, route.Template, InvalidRequestBudget.Window);
        return false;
    }

    private void Stop(string reason, TimeSpan duration)
    {
        var until = duration == TimeSpan.MaxValue ? DateTimeOffset.MaxValue : _timeProvider.GetUtcNow() + duration;

        // A shorter stop never lifts a longer one (a ban, or a refused token that stays refused).
        if (_stopReason is null || until > _stoppedUntil)
        {
            _stoppedUntil = until;
            _stopReason = reason;
        }
    }

    /// <summary>retry_after from the JSON body, else the Retry-After header; null when the body is not JSON (an edge ban).</summary>
    private async Task<(TimeSpan? RetryAfter, bool Global)> ReadRetryAfterAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return (null, false);
        }

        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            using var json = JsonDocument.Parse(body);
            var global = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
            return (RetryAfter.Read(json.RootElement, response, _timeProvider.GetUtcNow()), global);
        }
        catch (JsonException)
        {
            return (null, false);
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate-limited {Route} (scope {Scope}); waiting {RetryAfter}")]
    private static partial void LogRateLimited(ILogger logger, string route, string scope, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord's edge answered {Route} with a 429 without a body: a ban. No request is sent for {Backoff}")]
    private static partial void LogBanned(ILogger logger, string route, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord refused too many requests (the last to {Route}); no request is sent for {Backoff}, before Discord bans this address")]
    private static partial void LogTooManyInvalid(ILogger logger, string route, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord refused the bot token on {Route} (401). No further request is sent; check StudyBot:Discord:Token and restart")]
    private static partial void LogUnauthorized(ILogger logger, string route);
}
