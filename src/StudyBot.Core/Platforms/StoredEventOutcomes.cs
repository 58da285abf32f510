using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Platforms;

/// <summary><see cref="IEventOutcomes"/> in the database: the claims of <see cref="EventClaimEntity"/>, the values of <see cref="PlatformStateEntity"/>.</summary>
/// <remarks>
/// A commit is one transaction of a few multi-row statements, whatever the batch size: an upsert of every claim that
/// returns the ids it took (a live claim held by someone else is neither changed nor returned; the same text on
/// SQLite and PostgreSQL), then an upsert of the values of those events. Ids and keys are sorted, so two instances
/// committing overlapping batches take their row locks in one order.
/// </remarks>
public sealed class StoredEventOutcomes : IEventOutcomes
{
    /// <summary>Rows per statement: far under SQLite's and PostgreSQL's parameter limits.</summary>
    private const int RowsPerStatement = 250;

    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly TimeProvider time;
    private long nextCleanup = long.MinValue;

    public StoredEventOutcomes(IDbContextFactory<StudyBotDbContext> contexts, TimeProvider time)
    {
        this.contexts = contexts;
        this.time = time;
    }

    public async Task<IReadOnlySet<string>> ClaimedAsync(string platform, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        PlatformStoreLimits.CheckPlatform(platform);
        if (eventIds.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var now = time.GetUtcNow();
        var ids = eventIds.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var claimed = await db.EventClaims.AsNoTracking()
            .Where(c => c.Platform == platform && c.ExpiresUtc > now && ids.Contains(c.EventId))
            .Select(c => c.EventId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return claimed.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlySet<string>> CommitAsync(string platform, IReadOnlyList<EventOutcome> outcomes, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        PlatformStoreLimits.CheckPlatform(platform);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(keepFor, TimeSpan.Zero);
        var byId = new SortedDictionary<string, EventOutcome>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            Check(outcome);
            byId[outcome.EventId] = outcome;
        }

        var claimed = new HashSet<string>(StringComparer.Ordinal);
        if (byId.Count == 0)
        {
            return claimed;
        }

        var now = time.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var expires = (now + keepFor).ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (Interlocked.Read(ref nextCleanup) <= nowMs)
        {
            Interlocked.Exchange(ref nextCleanup, nowMs + (long)StoredEventClaims.CleanupInterval.TotalMilliseconds);
            await db.EventClaims.Where(c => c.ExpiresUtc <= now).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var chunk in byId.Keys.Chunk(RowsPerStatement))
        {
            claimed.UnionWith(await ClaimAsync(db, platform, chunk, expires, nowMs, cancellationToken).ConfigureAwait(false));
        }

        // A key set by two events of the batch keeps the later event's value, as separate writes in order would.
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes.Where(o => claimed.Contains(o.EventId)))
        {
            foreach (var (key, value) in outcome.State)
            {
                values[key] = value;
            }
        }

        foreach (var chunk in values.Chunk(RowsPerStatement))
        {
            await StoreAsync(db, chunk, nowMs, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claimed;
    }

    private static Task<List<string>> ClaimAsync(StudyBotDbContext db, string platform, string[] eventIds, long expires, long nowMs, CancellationToken cancellationToken)
    {
        // {0} platform, {1} expiry, {2} now, then one parameter per event.
        var sql = new StringBuilder("""INSERT INTO "EventClaims" ("Platform", "EventId", "ExpiresUtc") VALUES """);
        for (var i = 0; i < eventIds.Length; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{0}}, {{{i + 3}}}, {{1}})");
        }

        sql.Append(""" ON CONFLICT ("Platform", "EventId") DO UPDATE SET "ExpiresUtc" = excluded."ExpiresUtc" WHERE "EventClaims"."ExpiresUtc" <= {2} RETURNING "EventId" AS "Value" """);
        object[] parameters = [platform, expires, nowMs, .. eventIds];
        return db.Database.SqlQueryRaw<string>(sql.ToString(), parameters).ToListAsync(cancellationToken);
    }

    private static Task<int> StoreAsync(StudyBotDbContext db, KeyValuePair<string, string>[] values, long nowMs, CancellationToken cancellationToken)
    {
        // {0} now, then a key and a value per row.
        var sql = new StringBuilder("""INSERT INTO "PlatformState" ("Key", "Value", "UpdatedUtc") VALUES """);
        var parameters = new object[1 + (values.Length * 2)];
        parameters[0] = nowMs;
        for (var i = 0; i < values.Length; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({{{1 + (i * 2)}}}, {{{2 + (i * 2)}}}, {{0}})");
            parameters[1 + (i * 2)] = values[i].Key;
            parameters[2 + (i * 2)] = values[i].Value;
        }

        sql.Append(""" ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value", "UpdatedUtc" = excluded."UpdatedUtc" """);
        return db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
    }

    private static void Check(EventOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        PlatformStoreLimits.CheckEventId(outcome.EventId);
        foreach (var (key, value) in outcome.State)
        {
            PlatformStoreLimits.CheckKey(key);
            PlatformStoreLimits.CheckValue(value);
        }
    }
}
