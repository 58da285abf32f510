using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Corpus;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Settings;

/// <summary>The language a community's scheduled posts are written in: its <c>/settings-admin language</c>, else English.</summary>
/// <remarks>A post in a channel has no single reader whose locale could choose, so only the community's setting counts.</remarks>
public static class CommunityLanguage
{
    public static async Task<Language> OfAsync(StudyBotDbContext db, string communityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var code = await db.CommunitySettings.Where(s => s.CommunityId == communityId).Select(s => s.LanguageCode)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return Language.FromCode(code) ?? Language.English;
    }
}
