using System.Text.RegularExpressions;

namespace StudyBot.Core.Text;

/// <summary>
/// Removes numbered note references ("[22]", "[n 3]") from text that is served on its own: a quote, a quiz
/// sentence, a summary line, a search snippet. <c>/read</c> keeps them, because there the notes are in reach.
/// </summary>
public static partial class FootnoteMarkers
{
    /// <summary>The text without note references, and without the space a marker leaves before punctuation.</summary>
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('[', StringComparison.Ordinal) ? Marker().Replace(text, string.Empty) : text;
    }

    /// <summary>Whether <paramref name="text"/> holds a note reference.</summary>
    public static bool Contains(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('[', StringComparison.Ordinal) && Marker().IsMatch(text);
    }

    /// <summary>Where the note references of <paramref name="text"/> are, without allocating: for passes over the whole corpus.</summary>
    internal static Regex.ValueMatchEnumerator Find(ReadOnlySpan<char> text) => Marker().EnumerateMatches(text);

    // A marker is a bracketed number of at most three digits, optionally with a note letter ("[n 3]", "[note 12]"),
    // glued to the preceding word or punctuation. The space before it goes with it so "cells [1]." becomes "cells.".
    [GeneratedRegex(@"\s?\[(?:n(?:ote)?\s?)?\d{1,3}\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
