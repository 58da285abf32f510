using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Corpus;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Settings;

/// <summary>Reads and changes the stored <see cref="CommunitySettings"/> of one community at a time.</summary>
/// <remarks>
/// Every command reads its community's settings, so they are kept in memory for <see cref="CachedFor"/>. A change made
/// through this instance (<see cref="UpdateAsync"/>) counts here at once; one made on another instance sharing the
/// database counts here within <see cref="CachedFor"/> (e.g. a moderator role removed there still works here that long).
/// One small entry is kept per community ever seen; an entry past its time is read again when used.
/// </remarks>
public sealed class CommunitySettingsStore
{
    /// <summary>How long a community's settings are used without reading them again.</summary>
    public static readonly TimeSpan CachedFor = TimeSpan.FromSeconds(5);

    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<string, (CommunitySettings Settings, DateTimeOffset ReadAt)> cached = new(StringComparer.Ordinal);
    private long changes;

    public CommunitySettingsStore(IDbContextFactory<StudyBotDbContext> contexts, TimeProvider time)
    {
        this.contexts = contexts;
        this.time = time;
    }

    public async Task<CommunitySettings> GetAsync(string communityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(communityId);
        var now = time.GetUtcNow();
        if (cached.TryGetValue(communityId, out var entry) && now - entry.ReadAt < CachedFor)
        {
            return entry.Settings;
        }

        // A change that lands while this read runs may not be in it: then the read is used once and not kept.
        var changesBefore = Interlocked.Read(ref changes);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.CommunitySettings.AsNoTracking().FirstOrDefaultAsync(s => s.CommunityId == communityId, cancellationToken).ConfigureAwait(false);
        var settings = row is null ? CommunitySettings.None : new CommunitySettings(row.ModeratorRoleId, row.TimeZoneId, Language.FromCode(row.LanguageCode));
        if (Interlocked.Read(ref changes) == changesBefore)
        {
            cached[communityId] = (settings, now);
            if (Interlocked.Read(ref changes) != changesBefore)
            {
                cached.TryRemove(communityId, out _);
            }
        }

        return settings;
    }

    /// <summary>Applies <paramref name="change"/> to the community's row, creating it on first use.</summary>
    public async Task UpdateAsync(string communityId, Action<CommunitySettingsEntity> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var row = await db.CommunitySettings.FirstOrDefaultAsync(s => s.CommunityId == communityId, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                row = new CommunitySettingsEntity { CommunityId = communityId };
                db.CommunitySettings.Add(row);
            }

            change(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Increment(ref changes);
            cached.TryRemove(communityId, out _);
        }
    }
}
