using StudyBot.Core.Localisation;

namespace StudyBot.Core.Commands;

/// <summary>The words of /help: headings, the moderator mark, what values an option allows.</summary>
internal static class HelpTexts
{
    public static readonly LocalText Heading = new("Commands", "Commando's");

    public static readonly LocalText TopicHeading = new("Help: {0}{1}", "Hulp: {0}{1}");

    public static readonly LocalText ModeratorsMark = new(" (moderators)", " (moderators)");

    public static readonly LocalText ForModerators = new("  For moderators.", "  Voor moderators.");

    public static readonly LocalText Range = new(" ({0}-{1})", " ({0}-{1})");

    public static readonly LocalText YesNo = new(" (yes or no)", " (ja of nee)");

    public static readonly LocalText TimeOfDay = new(" (HH:mm)", " (UU:mm)");

    public static readonly LocalText TimeZone = new(" (IANA zone, e.g. Europe/Amsterdam)", " (IANA-zone, bijv. Europe/Amsterdam)");
}
