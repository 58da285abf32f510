using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Platforms;

/// <summary><see cref="IEventClaims"/> in the database (<see cref="EventClaimEntity"/>), shared by every instance.</summary>
/// <remarks>
/// A claim is one upsert keyed by platform and event id: it inserts, or takes over an expired claim, or changes
/// nothing when a live claim holds the key; the row count says which, atomically on SQLite and PostgreSQL alike.
/// Expired claims of other events are deleted at most once per <see cref="CleanupInterval"/> per instance.
/// </remarks>
public sealed class StoredEventClaims : IEventClaims
{
    public static readonly TimeSpan CleanupInterval = TimeSpan.FromMinutes(1);

    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly TimeProvider time;
    private long nextCleanup = long.MinValue;

    public StoredEventClaims(IDbContextFactory<StudyBotDbContext> contexts, TimeProvider time)
    {
        this.contexts = contexts;
        this.time = time;
    }

    public async Task<bool> TryClaimAsync(string platform, string eventId, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        Check(platform, EventClaimEntity.MaxPlatformLength, nameof(platform));
        Check(eventId, EventClaimEntity.MaxEventIdLength, nameof(eventId));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(keepFor, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var expires = (now + keepFor).ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (Interlocked.Read(ref nextCleanup) <= nowMs)
        {
            Interlocked.Exchange(ref nextCleanup, nowMs + (long)CleanupInterval.TotalMilliseconds);
            await db.EventClaims.Where(c => c.ExpiresUtc <= now).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var claimed = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "EventClaims" ("Platform", "EventId", "ExpiresUtc") VALUES ({platform}, {eventId}, {expires}) ON CONFLICT ("Platform", "EventId") DO UPDATE SET "ExpiresUtc" = excluded."ExpiresUtc" WHERE "EventClaims"."ExpiresUtc" <= {nowMs}""",
            cancellationToken).ConfigureAwait(false);
        return claimed == 1;
    }

    private static void Check(string value, int maxLength, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        if (value.Length > maxLength)
        {
            throw new ArgumentException($"'{name}' has at most {maxLength} characters; this one has {value.Length}.", name);
        }
    }
}
