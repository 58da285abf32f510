using StudyBot.Core.Corpus;

namespace StudyBot.Core.Commands;

/// <summary>
/// Who runs a command and where; front doors build it with <see cref="CommandContextBuilder"/>, which
/// decides who is a moderator and which language replies use.
/// </summary>
/// <param name="Platform">The prefix of the platform's qualified ids ("terminal", "discord", "matrix"); features never switch on it, they read <see cref="Capabilities"/>.</param>
/// <param name="CommunityId">Platform-qualified community id, e.g. "discord:81384788765712384" or "matrix:!abc:example.org".</param>
/// <param name="ChannelId">Platform-qualified channel id within the community; where scheduled posts go.</param>
/// <param name="UserId">Platform-qualified user id.</param>
/// <param name="UserName">Display name, used in result boards; never rendered as a mention.</param>
/// <param name="IsModerator">Whether the user may run moderator commands here.</param>
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
    /// <summary>What the front door can do; features read this instead of the platform's name.</summary>
    public PlatformCapabilities Capabilities { get; init; } = PlatformCapabilities.Shared;

    /// <summary>Resolves channel, user and role options to the platform's ids before binding.</summary>
    public IPlatformValues Values { get; init; } = PrefixedPlatformValues.Instance;

    /// <summary>Language for replies: the community's choice, else the member's locale, else English.</summary>
    public Language ReplyLanguage { get; init; } = LanguageOfLocale(Locale) ?? Language.English;

    /// <summary>The community's display zone (IANA id) when one is set; null shows times in UTC.</summary>
    public string? TimeZoneId { get; init; }

    /// <summary>The command prefix of this front door, as help and errors show it.</summary>
    public char Prefix => Capabilities.CommandPrefix;

    internal static Language? LanguageOfLocale(string? locale) => Language.FromCode(locale?.Split('-', '_')[0]);
}
