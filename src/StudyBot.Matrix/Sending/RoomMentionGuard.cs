using System.Text.RegularExpressions;

namespace StudyBot.Matrix.Sending;

/// <summary>
/// Breaks a literal <c>@room</c> in echoed text with a word joiner, so clients that still match the body against
/// the legacy room-mention rule do not notify the whole room. Events also carry an empty <c>m.mentions</c>.
/// </summary>
internal static partial class RoomMentionGuard
{
    public static string Neutralise(string text) =>
        text.Contains("@room", StringComparison.OrdinalIgnoreCase) ? RoomMention().Replace(text, m => "@\u2060" + m.Value[1..]) : text;

    [GeneratedRegex("@room", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoomMention();
}
