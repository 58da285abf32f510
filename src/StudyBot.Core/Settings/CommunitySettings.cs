using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Corpus;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Settings;

/// <summary>A community's options with nothing chosen left null; front doors and features read them through <see cref="CommunitySettingsStore"/>.</summary>
/// <param name="ModeratorRole">Role id (Discord), power level (Matrix) or role name (terminal) that also counts as moderator.</param>
/// <param name="TimeZoneId">Canonical IANA zone for showing times when a command names none.</param>
/// <param name="Language">Reply language; null means each user's locale, else English.</param>
public sealed record CommunitySettings(string? ModeratorRole, string? TimeZoneId, Language? Language)
{
    public static CommunitySettings None { get; } = new(null, null, null);
}

/// <summary>Reads and changes the stored <see cref="CommunitySettings"/> of one community at a time.</summary>
public sealed class CommunitySettingsStore
{
    private readonly IDbContextFactory<StudyBotDbContext> contexts;

    public CommunitySettingsStore(IDbContextFactory<StudyBotDbContext> contexts)
    {
        this.contexts = contexts;
    }

    public async Task<CommunitySettings> GetAsync(string communityId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.CommunitySettings.AsNoTracking().FirstOrDefaultAsync(s => s.CommunityId == communityId, cancellationToken).ConfigureAwait(false);
        return row is null ? CommunitySettings.None : new CommunitySettings(row.ModeratorRoleId, row.TimeZoneId, Language.FromCode(row.LanguageCode));
    }

    /// <summary>Applies <paramref name="change"/> to the community's row, creating it on first use.</summary>
    public async Task UpdateAsync(string communityId, Action<CommunitySettingsEntity> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
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
}
