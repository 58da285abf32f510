using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StudyBot.Core.Commands;

/// <summary>
/// Strips what could disguise or corrupt echoed text on any front door: NUL and other control characters,
/// ANSI escape sequences (terminals would obey them) and bidirectional overrides (which reorder what a reader
/// sees). Mention syntax is each platform's to neutralise when it renders.
/// </summary>
public static partial class SafeText
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var withoutEscapes = AnsiEscape().Replace(text, string.Empty);
        var clean = new StringBuilder(withoutEscapes.Length);
        foreach (var c in withoutEscapes)
        {
            if (c is '\n' or '\t' || !(char.IsControl(c) || IsBidiControl(c)))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>
    /// A name a moderator gives (a reading list, a role): cleaned, and refused unless it shows a letter, digit
    /// or symbol, so that a lone zero-width space or an escape code cannot name anything.
    /// </summary>
    public static string RequireName(string option, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = Clean(text).Trim();
        if (name.Any(c => c is '\n' or '\t') || !name.Any(IsVisible))
        {
            throw new CommandException(CommandLineTexts.InvisibleName, option);
        }

        return name;
    }

    private static bool NeedsCleaning(string text) =>
        text.Any(c => (char.IsControl(c) && c is not '\n' and not '\t') || IsBidiControl(c));

    private static bool IsVisible(char c) =>
        char.IsLetterOrDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c);

    // LRE, RLE, PDF, LRO, RLO (U+202A-202E), LRI, RLI, FSI, PDI (U+2066-2069), LRM, RLM, ALM.
    private static bool IsBidiControl(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c is not '\u00AD' and not '\u200D' and not '\u200C';

    [GeneratedRegex(@"\u001B(\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(\u0007|\u001B\\)|[@-Z\\-_])")]
    private static partial Regex AnsiEscape();
}
