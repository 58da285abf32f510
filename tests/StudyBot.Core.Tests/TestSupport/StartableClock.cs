namespace StudyBot.Core.Tests.TestSupport;

/// <summary>
/// A clock that stands at a chosen instant until <see cref="Start"/>, then runs in real time from there; its
/// timers are real.
/// </summary>
/// <remarks>
/// Quartz waits for a trigger in real time, so a <see cref="FakeTimeProvider"/> that only moves when told never
/// lets it fire. This clock lets a real trigger fire for any date (a daily excerpt at 07:30) a second after Start.
/// </remarks>
public sealed class StartableClock(DateTimeOffset at) : TimeProvider
{
    private long startedAt;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Start() => Interlocked.CompareExchange(ref startedAt, GetTimestamp(), 0);

    public override DateTimeOffset GetUtcNow()
    {
        var started = Interlocked.Read(ref startedAt);
        return started == 0 ? at : at + GetElapsedTime(started);
    }
}
