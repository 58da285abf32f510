using System.Text;

namespace StudyBot.Discord.FrontDoor;

/// <summary>Corpus and user text shown literally: Discord markdown characters escaped, so a passage cannot format, link or hide itself.</summary>
internal static class DiscordMarkdown
{
    private const string Special = "\\*_~`|>#[]<";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
