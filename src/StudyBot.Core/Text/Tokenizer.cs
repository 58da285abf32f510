namespace StudyBot.Core;

/// <summary>Splits text into words: runs of letters and digits, keeping inner apostrophes and hyphens.</summary>
public static class Tokenizer
{
    /// <summary>The words of <paramref name="text"/> with their positions, as written.</summary>
    public static IEnumerable<WordToken> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                yield break;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
                || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            yield return new WordToken(start, i - start, text.Substring(start, i - start));
        }
    }

    /// <summary>The folded words of <paramref name="text"/>, for matching and counting.</summary>
    public static IEnumerable<string> FoldedWords(string text) => Words(text).Select(w => TextFolding.Fold(w.Text));

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

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‐';
}

/// <summary>A word as written and where it stands in its text.</summary>
public readonly record struct WordToken(int Start, int Length, string Text);
