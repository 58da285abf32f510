using StudyBot.Core.Storage;

namespace StudyBot.Core.Platforms;

/// <summary><see cref="IEventClaims"/> in the database (<see cref="EventClaimEntity"/>), shared by every instance.</summary>
/// <remarks>
/// A claim is one upsert keyed by platform and event id: it inserts, or takes over an expired claim, or changes
/// nothing when a live claim holds the key; the row count says which, atomically on SQLite and PostgreSQL alike.
/// Claims made at the same time share a transaction (<see cref="GroupCommit"/>); each caller learns its answer only
/// after that transaction committed, so no event is handled on a claim that could still be lost.
/// Expired claims are deleted once per <see cref="CleanupInterval"/> per instance, at most <see cref="CleanupLimit"/> at a
/// time: at a thousand interactions a second, a minute's worth in one statement would hold every other write back for
/// a noticeable pause.
/// </remarks>
public sealed class StoredEventClaims : IEventClaims
{
    public static readonly TimeSpan CleanupInterval = TimeSpan.FromSeconds(1);

    /// <summary>Expired claims deleted at most per clean-up: twice what a second of the busiest expected load leaves.</summary>
    public const int CleanupLimit = 2_000;

    private const string Claim =
        """INSERT INTO "EventClaims" ("Platform", "EventId", "ExpiresUtc") VALUES (@p0, @p1, @p2) ON CONFLICT ("Platform", "EventId") DO UPDATE SET "ExpiresUtc" = excluded."ExpiresUtc" WHERE "EventClaims"."ExpiresUtc" <= @p3""";

    private const string Cleanup =
        """DELETE FROM "EventClaims" WHERE ("Platform", "EventId") IN (SELECT "Platform", "EventId" FROM "EventClaims" WHERE "ExpiresUtc" <= @p0 LIMIT @p1)""";

    private readonly GroupCommit writes;
    private readonly TimeProvider time;
    private long nextCleanup = long.MinValue;

    public StoredEventClaims(GroupCommit writes, TimeProvider time)
    {
        this.writes = writes;
        this.time = time;
    }

    public Task<bool> TryClaimAsync(string platform, string eventId, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        PlatformStoreLimits.CheckPlatform(platform);
        PlatformStoreLimits.CheckEventId(eventId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(keepFor, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var expires = (now + keepFor).ToUnixTimeMilliseconds();
        var cleanup = Interlocked.Read(ref nextCleanup) <= nowMs;
        if (cleanup)
        {
            Interlocked.Exchange(ref nextCleanup, nowMs + (long)CleanupInterval.TotalMilliseconds);
        }

        return writes.RunAsync(
            async batch =>
            {
                if (cleanup)
                {
                    await batch.ExecuteAsync(Cleanup, nowMs, CleanupLimit).ConfigureAwait(false);
                }

                return await batch.ExecuteAsync(Claim, platform, eventId, expires, nowMs).ConfigureAwait(false) == 1;
            },
            cancellationToken);
    }
}
