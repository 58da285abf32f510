using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// How often each word occurs in one document, ignoring case: the evidence for repairing hyphens. If "onuitsprekelijke"
/// occurs elsewhere, "onuitspre-" + "kelijke" is one word; if "Oyak-Renault" does, the hyphen stays.
/// A word broken at a line end counts in the form its repair gives it ("gebeur-" / "tenissen" writes "gebeurtenissen").
/// Counted in one pass when first asked (a document without a hyphen between letters never asks), and looked up
/// with spans so that lookups allocate nothing. Dispose it when the text is assembled, so that its thread can count
/// the next text in the same dictionary.
/// </summary>
internal sealed class WordEvidence : IDisposable
{
    private const int MaxWordLength = 128;
    private const int MaxEndingLength = 3;

    // A thread keeps an emptied dictionary no larger than this (about 1.5 MB) for its next text; an outsized one goes.
    private const int MaxSpareCapacity = 1 << 16;

    // Inflectional endings of English and Dutch nouns, verbs and adjectives ("defences", "conducted", "gebeurtenissen").
    private static readonly string[] Endings = ["s", "es", "e", "en", "n", "ed", "d", "ing"];

    // Endings after which a short vowel's consonant is doubled ("gebeurtenis", "gebeurtenissen"; "stop", "stopped").
    private static readonly string[] DoublingEndings = ["en", "ed", "ing", "e"];

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

    /// <summary>Occurrences of the two parts written as one word, in any of its <see cref="CountForms">forms</see>.</summary>
    public int CountJoined(ReadOnlySpan<char> left, ReadOnlySpan<char> right) => CountCombined(left, right, hyphen: false);

    /// <summary>Occurrences of the two parts written with a hyphen between them, in any of its forms.</summary>
    public int CountHyphenated(ReadOnlySpan<char> left, ReadOnlySpan<char> right) => CountCombined(left, right, hyphen: true);

    /// <summary>
    /// Occurrences of a word and of its inflected forms: a document may write a word only in the plural or another
    /// tense ("gebeurtenissen" for "gebeurtenis", "defences" for "defence"), which proves the word as well.
    /// </summary>
    private int CountForms(ReadOnlySpan<char> word)
    {
        var count = Count(word);
        if (word.IsEmpty || word.Length + 1 + MaxEndingLength > MaxWordLength)
        {
            return count;
        }

        Span<char> form = stackalloc char[word.Length + 1 + MaxEndingLength];
        word.CopyTo(form);
        foreach (var ending in Endings)
        {
            ending.AsSpan().CopyTo(form[word.Length..]);
            count += Count(form[..(word.Length + ending.Length)]);
        }

        form[word.Length] = word[^1];
        foreach (var ending in DoublingEndings)
        {
            ending.AsSpan().CopyTo(form[(word.Length + 1)..]);
            count += Count(form[..(word.Length + 1 + ending.Length)]);
        }

        return count;
    }

    private int CountCombined(ReadOnlySpan<char> left, ReadOnlySpan<char> right, bool hyphen)
    {
        Span<char> word = stackalloc char[MaxWordLength];
        var length = Combine(left, right, hyphen, word);
        return length > 0 ? CountForms(word[..length]) : 0;
    }

    // Writes the two parts as one word into buffer and returns its length, or 0 if it is too long to be a word.
    private static int Combine(ReadOnlySpan<char> left, ReadOnlySpan<char> right, bool hyphen, Span<char> buffer)
    {
        var length = left.Length + right.Length + (hyphen ? 1 : 0);
        if (length > MaxWordLength)
        {
            return 0;
        }

        left.CopyTo(buffer);
        if (hyphen)
        {
            buffer[left.Length] = '-';
        }

        right.CopyTo(buffer[(length - right.Length)..]);
        return length;
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
        var anyBroken = false;
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
            anyBroken |= broken;
        }

        if (anyBroken)
        {
            CountBrokenWords();
        }
    }

    /// <summary>
    /// Counts each word broken at a line end as the reader will see it once the break is repaired: whole when the
    /// words counted so far make it one word, with its hyphen when they make it a compound.
    /// </summary>
    private void CountBrokenWords()
    {
        Span<char> word = stackalloc char[MaxWordLength];
        var before = -1;
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = text[i];
            if (line.IsEmpty)
            {
                continue;
            }

            var right = TextShape.LeadingLetters(line);
            if (before >= 0 && !right.IsEmpty)
            {
                // Deciding reads the counts, which already hold every word written whole.
                var kind = LineBreakHyphen.Decide(text[before], line, this);
                var length = kind == LineBreakHyphenKind.Suspended
                    ? 0
                    : Combine(TextShape.TrailingLetters(text[before]), right, hyphen: kind == LineBreakHyphenKind.Compound, word);
                if (length > 0)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(lookup, word[..length], out _)++;
                }
            }

            before = TextShape.EndsWithWordHyphen(line) ? i : -1;
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
