using System.Runtime.CompilerServices;
using System.Globalization;

namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>How a piece of text begins and ends: the clues that tell a sentence from a heading or a broken line.</summary>
internal static class TextShape
{
    public static bool IsClosingMark(char c) => c is '"' or '\'' or '’' or '”' or '»' or '›' or ')' or ']' or '*';

    public static bool IsOpeningMark(char c) => c is '"' or '\'' or '‘' or '“' or '„' or '«' or '‹' or '(' or '[';

    /// <summary>The last character that is not a closing quote or bracket, or '\0'.</summary>
    public static char FinalMark(ReadOnlySpan<char> text)
    {
        var i = text.Length - 1;
        while (i >= 0 && (IsClosingMark(text[i]) || text[i] == ' '))
        {
            i--;
        }

        return i >= 0 ? text[i] : '\0';
    }

    /// <summary>Ends like a sentence: a full stop, question or exclamation mark or ellipsis, before any closing quotes.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> text) => FinalMark(text) is '.' or '!' or '?' or '…';

    /// <summary>Ends a clause that the next text completes, as before a quotation or a list.</summary>
    public static bool EndsClause(ReadOnlySpan<char> text) => FinalMark(text) is ':' or ';';

    /// <summary>Ends with nothing that closes a sentence or clause: a heading, a caption, or a line the layout broke.</summary>
    public static bool IsUnterminated(ReadOnlySpan<char> text) => !EndsSentence(text) && !EndsClause(text);

    /// <summary>Ends in a letter and a hyphen: a word broken at the line end, or the first half of a compound.</summary>
    public static bool EndsWithWordHyphen(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]);

    public static bool StartsLowercase(ReadOnlySpan<char> text) => text.Length > 0 && char.IsLower(text[0]);

    /// <summary>Starts the way a new sentence does: a capital, a digit or an opening quote.</summary>
    public static bool StartsLikeSentence(ReadOnlySpan<char> text) =>
        text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || IsOpeningMark(text[0]));

    /// <summary>A dash and a lowercase word: the rest of a sentence that a page break interrupted ("– en inderdaad").</summary>
    public static bool StartsWithDashContinuation(ReadOnlySpan<char> text) =>
        text.Length > 2 && text[0] is '–' or '—' && text[1] == ' ' && char.IsLower(text[2]);

    /// <summary>Has at least two letters and none of them lowercase.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    public static bool IsLetterOrMark(char c) =>
        c < 128
            ? char.IsAsciiLetter(c)
            : char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Counts words as runs of letters and digits, like <see cref="Tokenizer.CountWords"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="limit">Stop counting past this many: callers that only compare with a small number need no more.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CountWords(ReadOnlySpan<char> text, int limit = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++count > limit)
            {
                return count;
            }

            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }

        return count;
    }

    /// <summary>The run of letters that ends <paramref name="text"/> (before a final hyphen, if any).</summary>
    public static ReadOnlySpan<char> TrailingLetters(ReadOnlySpan<char> text)
    {
        var end = text.Length > 0 && text[^1] == '-' ? text.Length - 1 : text.Length;
        var start = end;
        while (start > 0 && IsLetterOrMark(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    /// <summary>The run of letters that begins <paramref name="text"/>.</summary>
    public static ReadOnlySpan<char> LeadingLetters(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && IsLetterOrMark(text[end]))
        {
            end++;
        }

        return text[..end];
    }
}
