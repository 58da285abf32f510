using System.Threading.RateLimiting;

namespace StudyBot.Discord.Rest;

/// <summary>
/// Counts the requests Discord refused (401, 403, and 429 other than shared-scope ones) over a sliding 10 minutes.
/// Discord bans an address for hours after 10,000 of them in that time; this budget runs out long before, so
/// that a loop of refusals (a channel the bot lost access to, retried forever) stops the client instead.
/// </summary>
internal sealed class InvalidRequestBudget : IAsyncDisposable
{
    /// <summary>A tenth of Discord's 10,000: far more than a healthy bot is refused, far below a ban.</summary>
    public const int DefaultLimit = 1_000;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private const int Segments = 10;

    private readonly SlidingWindowRateLimiter _limiter;
    private readonly ITimer _timer;

    public InvalidRequestBudget(int limit, TimeProvider timeProvider)
    {
        _limiter = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = Window,
            SegmentsPerWindow = Segments,
            AutoReplenishment = false,
            QueueLimit = 0,
        });

        // The window slides on the TimeProvider's timer, so tests can move time.
        var segment = Window / Segments;
        _timer = timeProvider.CreateTimer(_ => _limiter.TryReplenish(), null, segment, segment);
    }

    /// <summary>Counts one refused request; false when the budget was already spent.</summary>
    public bool Spend()
    {
        using var lease = _limiter.AttemptAcquire(1);
        return lease.IsAcquired;
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        await _limiter.DisposeAsync().ConfigureAwait(false);
    }
}
