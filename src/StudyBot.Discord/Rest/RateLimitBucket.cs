namespace StudyBot.Discord.Rest;

/// <summary>
/// One of Discord's rate-limit buckets (per bucket hash and major parameter): how many requests remain and when
/// the window resets. Requests in one bucket go one at a time, so the headers of one answer gate the next request.
/// </summary>
internal sealed class RateLimitBucket
{
    /// <summary>
    /// Added to an exhausted window's reset: X-RateLimit-Reset-After comes rounded to milliseconds and timed on
    /// Discord's side, and a request that lands a moment early is refused and counts toward the invalid-request ban.
    /// </summary>
    public static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(50);

    private readonly TimeProvider _timeProvider;
    private int? _remaining;
    private DateTimeOffset _resetAt;
    private DateTimeOffset _blockedUntil;

    public RateLimitBucket(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>How long the next request must wait: a 429's retry_after, or an exhausted window's reset.</summary>
    public TimeSpan Delay()
    {
        var now = _timeProvider.GetUtcNow();
        var until = _blockedUntil;
        if (_remaining is 0 && _resetAt + ResetMargin > until)
        {
            until = _resetAt + ResetMargin;
        }

        return until > now ? until - now : TimeSpan.Zero;
    }

    public void Update(int? remaining, TimeSpan? resetAfter)
    {
        if (remaining is null || resetAfter is null)
        {
            return;
        }

        _remaining = remaining;
        _resetAt = _timeProvider.GetUtcNow() + resetAfter.Value;
    }

    /// <summary>No request in flight and nothing to wait for: forgetting the bucket loses nothing.</summary>
    public bool IsIdle => Gate.CurrentCount == 1 && Delay() == TimeSpan.Zero;

    public void BlockFor(TimeSpan retryAfter) => _blockedUntil = _timeProvider.GetUtcNow() + retryAfter;
}
