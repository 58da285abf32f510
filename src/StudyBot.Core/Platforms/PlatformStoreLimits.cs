namespace StudyBot.Core.Platforms;

/// <summary>
/// The column limits of <see cref="EventClaimEntity"/> and <see cref="PlatformStateEntity"/>, checked before a write:
/// a value too long would fail inside the database, on PostgreSQL only, with an error that does not name it.
/// </summary>
internal static class PlatformStoreLimits
{
    public static void CheckPlatform(string platform) =>
        CheckText(platform, EventClaimEntity.MaxPlatformLength, "A platform name", nameof(platform));

    public static void CheckEventId(string eventId) =>
        CheckText(eventId, EventClaimEntity.MaxEventIdLength, "An event id", nameof(eventId));

    public static void CheckKey(string key) =>
        CheckText(key, PlatformStateEntity.MaxKeyLength, "A platform state key", nameof(key));

    public static void CheckValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        CheckLength(value, PlatformStateEntity.MaxValueLength, "A platform state value", nameof(value));
    }

    private static void CheckText(string text, int maxLength, string what, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, name);
        CheckLength(text, maxLength, what, name);
    }

    private static void CheckLength(string text, int maxLength, string what, string name)
    {
        if (text.Length > maxLength)
        {
            throw new ArgumentException($"{what} has at most {maxLength} characters; this one has {text.Length}.", name);
        }
    }
}
