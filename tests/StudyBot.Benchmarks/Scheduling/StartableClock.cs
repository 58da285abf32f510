namespace StudyBot.Benchmarks.Scheduling;

/// <summary>
/// A clock that stands at a chosen instant until <see cref="Start"/>, then runs in real time from there; its
/// timers are real.
/// </summary>
/// <remarks>
/// The outbox burst measures how long posts take after they fall due, in the times the bot records, so the clock
/// must run in real time from a chosen date; tests use FakeTimeProvider, which moves only when told.
/// </remarks>
internal sealed class StartableClock(DateTimeOffset at) : TimeProvider
{
    private long startedAt;

    public void Start() => Interlocked.CompareExchange(ref startedAt, GetTimestamp(), 0);

    public override DateTimeOffset GetUtcNow()
    {
        var started = Interlocked.Read(ref startedAt);
        return started == 0 ? at : at + GetElapsedTime(started);
    }
}
