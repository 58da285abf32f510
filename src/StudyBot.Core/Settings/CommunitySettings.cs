using StudyBot.Core.Corpus;

namespace StudyBot.Core.Settings;

/// <summary>A community's options with nothing chosen left null; front doors and features read them through <see cref="CommunitySettingsStore"/>.</summary>
/// <param name="ModeratorRole">Role id (Discord), power level (Matrix) or role name (terminal) that also counts as moderator.</param>
/// <param name="TimeZoneId">Canonical IANA zone for showing times when a command names none.</param>
/// <param name="Language">Reply language; null means each user's locale, else English.</param>
public sealed record CommunitySettings(string? ModeratorRole, string? TimeZoneId, Language? Language)
{
    public static CommunitySettings None { get; } = new(null, null, null);
}
