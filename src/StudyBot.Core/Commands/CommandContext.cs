using StudyBot.Core.Corpus;

namespace StudyBot.Core.Commands;

/// <summary>
/// Who runs a command and where; every front door fills it from its own events.
/// </summary>
/// <param name="Platform">"terminal", "discord" or "matrix".</param>
/// <param name="CommunityId">Platform-qualified community id, e.g. "discord:81384788765712384" or "matrix:!abc:example.org".</param>
/// <param name="ChannelId">Platform-qualified channel id within the community; where scheduled posts go.</param>
/// <param name="UserId">Platform-qualified user id.</param>
/// <param name="UserName">Display name, used in result boards; never rendered as a mention.</param>
/// <param name="IsModerator">Whether the front door found the user to be a moderator of the community.</param>
/// <param name="Locale">The user's locale when the platform tells it (e.g. "nl"), else null.</param>
public sealed record CommandContext(
    string Platform,
    string CommunityId,
    string ChannelId,
    string UserId,
    string UserName,
    bool IsModerator,
    string? Locale = null)
{
    /// <summary>Language for replies when the community did not choose one.</summary>
    public Language ReplyLanguage => Language.FromCode(Locale?.Split('-')[0]) ?? Language.English;
}
