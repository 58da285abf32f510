using System.Threading.RateLimiting;

namespace StudyBot.Discord;

/// <summary>
/// A fixed-window limiter (<see cref="FixedWindowRateLimiter"/>) whose window is turned by a
/// <see cref="TimeProvider"/> timer instead of the wall clock, so tests can move time.
/// </summary>
internal sealed class TimedFixedWindow : IAsyncDisposable
{
    private readonly FixedWindowRateLimiter _limiter;
    private readonly ITimer _timer;

    public TimedFixedWindow(int permits, TimeSpan window, TimeProvider timeProvider)
    {
        _limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _timer = timeProvider.CreateTimer(_ => _limiter.TryReplenish(), null, window, window);
    }

    public long AvailablePermits => _limiter.GetStatistics()?.CurrentAvailablePermits ?? 0;

    /// <summary>Waits for a permit; throws when cancelled.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The rate limiter refused a permit.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        await _limiter.DisposeAsync().ConfigureAwait(false);
    }
}
