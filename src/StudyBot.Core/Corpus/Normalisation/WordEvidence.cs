using System.Runtime.InteropServices;

namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// How often each word occurs in one document, ignoring case: the evidence for repairing hyphens. If "onuitsprekelijke"
/// occurs elsewhere, "onuitspre-" + "kelijke" is one word; if "Oyak-Renault" does, the hyphen stays.
/// Built once per document, looked up with spans so that lookups allocate nothing.
/// </summary>
internal sealed class WordEvidence
{
    private const int MaxWordLength = 128;

    private readonly Dictionary<string, int> counts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private WordEvidence()
    {
        lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordEvidence Build(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var evidence = new WordEvidence();
        var previousBroken = false;
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = text[i];
            if (line.IsEmpty)
            {
                continue;
            }

            // The halves of a word broken at a line end ("kapita-" / "listische") are not words of the document.
            var broken = TextShape.EndsWithWordHyphen(line);
            evidence.CountWords(line, skipFirst: previousBroken, skipLast: broken);
            previousBroken = broken;
        }

        return evidence;
    }

    public int Count(ReadOnlySpan<char> word) => lookup.TryGetValue(word, out var count) ? count : 0;

    /// <summary>Occurrences of the two parts written as one word.</summary>
    public int CountJoined(ReadOnlySpan<char> left, ReadOnlySpan<char> right) => CountCombined(left, right, hyphen: false);

    /// <summary>Occurrences of the two parts written with a hyphen between them.</summary>
    public int CountHyphenated(ReadOnlySpan<char> left, ReadOnlySpan<char> right) => CountCombined(left, right, hyphen: true);

    private int CountCombined(ReadOnlySpan<char> left, ReadOnlySpan<char> right, bool hyphen)
    {
        var length = left.Length + right.Length + (hyphen ? 1 : 0);
        if (length > MaxWordLength)
        {
            return 0;
        }

        Span<char> word = stackalloc char[length];
        left.CopyTo(word);
        if (hyphen)
        {
            word[left.Length] = '-';
        }

        right.CopyTo(word[(length - right.Length)..]);
        return Count(word);
    }

    // Words are runs of letters joined by inner hyphens and apostrophes, as the tokenizer reads them.
    private void CountWords(ReadOnlySpan<char> line, bool skipFirst, bool skipLast)
    {
        var first = true;
        var i = 0;
        while (i < line.Length)
        {
            if (!TextShape.IsLetterOrMark(line[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < line.Length && (TextShape.IsLetterOrMark(line[i])
                || (line[i] is '-' or '\'' or '’' && i + 1 < line.Length && char.IsLetter(line[i + 1]))))
            {
                i++;
            }

            var fragment = (first && skipFirst) || (skipLast && i == line.Length - 1);
            first = false;
            if (!fragment && i - start <= MaxWordLength)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(lookup, line[start..i], out _)++;
            }
        }
    }
}
