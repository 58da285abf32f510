using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// How often each word occurs in one document, ignoring case: the evidence for repairing hyphens. If "onuitsprekelijke"
/// occurs elsewhere, "onuitspre-" + "kelijke" is one word; if "Oyak-Renault" does, the hyphen stays.
/// Counted in one pass when first asked (many documents never need it), and looked up with spans so that lookups
/// allocate nothing. Dispose it when the text is assembled, so that its thread can count the next text in the same
/// dictionary.
/// </summary>
internal sealed class WordEvidence : IDisposable
{
    private const int MaxWordLength = 128;

    // A thread keeps an emptied dictionary no larger than this (about 1.5 MB) for its next text; an outsized one goes.
    private const int MaxSpareCapacity = 1 << 16;

    // The counts of a long text outgrow the large object heap threshold, where garbage waits for a full collection:
    // a fresh dictionary for each of thousands of imported texts piled tens of megabytes of it on the import's peak.
    [ThreadStatic]
    private static Dictionary<string, int>? spare;

    private readonly NormalisedText text;
    private Dictionary<string, int>? counts;
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private bool disposed;

    public WordEvidence(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        this.text = text;
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (counts is { } used && used.EnsureCapacity(0) <= MaxSpareCapacity)
        {
            used.Clear();
            spare = used;
        }

        counts = null;
    }

    public int Count(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return 0;
        }

        EnsureCounted();
        return lookup.TryGetValue(word, out var count) ? count : 0;
    }

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EnsureCounted()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (counts is not null)
        {
            return;
        }

        // Ignoring case in the comparer rather than lowercasing each word keeps the count off ICU, which lowercased
        // every word with an accent or a curly apostrophe and took a sixth of the import's time.
        counts = spare ?? new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        spare = null;
        lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
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
            CountWords(line, previousBroken, broken);
            previousBroken = broken;
        }
    }

    // Words are runs of letters joined by inner hyphens and apostrophes, as the tokenizer reads them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
