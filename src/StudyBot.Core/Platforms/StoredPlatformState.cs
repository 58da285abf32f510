using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Platforms;

/// <summary><see cref="IPlatformStateStore"/> and <see cref="IPlatformStateScan"/> in the database (<see cref="PlatformStateEntity"/>).</summary>
/// <remarks>
/// Writes are single upsert statements (<c>INSERT ... ON CONFLICT</c>, the same text on SQLite and PostgreSQL), so
/// two instances racing for a key never fail: the key decides, and <see cref="GetOrAddAsync"/> returns the winner.
/// </remarks>
public sealed class StoredPlatformState : IPlatformStateStore, IPlatformStateScan
{
    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly TimeProvider time;

    public StoredPlatformState(IDbContextFactory<StudyBotDbContext> contexts, TimeProvider time)
    {
        this.contexts = contexts;
        this.time = time;
    }

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        PlatformStoreLimits.CheckKey(key);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(db, key, cancellationToken).ConfigureAwait(false);
    }

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        PlatformStoreLimits.CheckKey(key);
        PlatformStoreLimits.CheckValue(value);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "PlatformState" ("Key", "Value", "UpdatedUtc") VALUES ({key}, {value}, {now}) ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value", "UpdatedUtc" = excluded."UpdatedUtc" """,
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> GetOrAddAsync(string key, string value, CancellationToken cancellationToken)
    {
        PlatformStoreLimits.CheckKey(key);
        PlatformStoreLimits.CheckValue(value);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "PlatformState" ("Key", "Value", "UpdatedUtc") VALUES ({key}, {value}, {now}) ON CONFLICT ("Key") DO NOTHING""",
            cancellationToken).ConfigureAwait(false);

        // A remove between the insert and this read is the only way to find nothing; the caller's value stands then.
        return await ReadAsync(db, key, cancellationToken).ConfigureAwait(false) ?? value;
    }

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        PlatformStoreLimits.CheckKey(key);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.PlatformState.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> GetByPrefixAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        PlatformStoreLimits.CheckKey(keyPrefix);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.PlatformState.AsNoTracking().Where(s => s.Key.StartsWith(keyPrefix)).Select(s => new { s.Key, s.Value })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => KeyValuePair.Create(r.Key, r.Value)).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    public async Task<int> RemoveOlderThanAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        PlatformStoreLimits.CheckKey(keyPrefix);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.PlatformState.Where(s => s.Key.StartsWith(keyPrefix) && s.UpdatedUtc < cutoff)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task<string?> ReadAsync(StudyBotDbContext db, string key, CancellationToken cancellationToken) =>
        db.PlatformState.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
}
