using System.Runtime.CompilerServices;

namespace StudyBot.Core;

/// <summary>Splits text into words: runs of letters and digits, keeping inner apostrophes and hyphens, and numbers whole ("8,000").</summary>
public static class Tokenizer
{
    /// <summary>The words of <paramref name="text"/> with their positions, as written.</summary>
    public static IEnumerable<WordToken> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        while (TryReadWord(text, ref position, out var start, out var length))
        {
            yield return new WordToken(start, length, text.Substring(start, length));
        }
    }

    /// <summary>
    /// Finds the next word at or after <paramref name="position"/> without allocating, for hot paths
    /// (the search index scans the whole corpus once, at start, so this is optimised from the first call);
    /// <see cref="Words"/> applies the same rules.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryReadWord(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && !IsLetterOrDigit(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && (IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
            || (IsJoiner(text[i]) && i + 1 < text.Length && IsLetterOrDigit(text[i + 1]))
            || IsNumberSeparator(text, i)))
        {
            i++;
        }

        length = i - start;
        position = i;
        return length > 0;
    }

    /// <summary>The folded words of <paramref name="text"/>, for matching and counting.</summary>
    public static IEnumerable<string> FoldedWords(string text) => Words(text).Select(w => TextFolding.Fold(w.Text));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CountWords(this string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter || (inWord && IsJoiner(c));
        }

        return count;
    }

    // "8,000" and "1.5" are one number: a comma or point between two digits stays inside the word.
    private static bool IsNumberSeparator(ReadOnlySpan<char> text, int i) =>
        text[i] is ',' or '.' && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);

    private static bool IsLetterOrDigit(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary>Characters that join the parts of one word: "Oyak-Renault", "Shlyapnikov's".</summary>
    public static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‐';
}

/// <summary>A word as written and where it stands in its text.</summary>
public readonly record struct WordToken(int Start, int Length, string Text);
