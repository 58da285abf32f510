using System.Runtime.CompilerServices;

namespace StudyBot.Core.Search;

/// <summary>Reads the passages of one part twice: first to count each term's postings, then to write them in place.</summary>
/// <remarks>
/// <para>
/// The first pass (<see cref="Count"/>) keeps only each term's number of passages and of position bytes. Once every
/// part is counted, <see cref="Layout"/> sizes the joined postings exactly and gives each part, per term, the slots
/// after those of the parts before it; the second pass (<see cref="Write"/>) reads the same passages again and puts
/// each posting and its positions straight into its final place, so the parts can write in parallel.
/// </para>
/// <para>
/// Before, the first pass kept every (term, frequency) pair and every position of the part, and a counting sort then
/// copied them into the joined postings: at that moment the corpus's postings were held twice, which took the start
/// of a 100 MB corpus past three times its size in memory. Reading the text again costs a dictionary look-up per
/// word (each word is stemmed once, in the first pass) and no memory.
/// </para>
/// </remarks>
internal sealed class PostingsBuilder
{
    private readonly IndexTerms terms;
    private readonly List<int> passageLengths = [];
    private int[] passagesOfTerm = [];
    private int[] positionBytesOfTerm = [];

    // Where the second pass writes each term's next posting and its positions, and the part's first passage number.
    private int[] nextSlot = [];
    private int[] nextPosition = [];
    private int passageOffset;
    private int written;

    // The passage being read: its distinct terms in order of first use, their frequencies, their occurrences in
    // reading order (which term, at which word), and the positions grouped by term.
    private int passage = -1;
    private int[] lastPassageOfTerm = [];
    private int[] pairOfTerm = [];
    private int[] pairTerms = new int[256];
    private byte[] pairFrequencies = new byte[256];
    private int pairs;
    private int[] occurrencePairs = new int[256];
    private int[] occurrenceWords = new int[256];
    private int[] groupStarts = new int[257];
    private int[] grouped = new int[256];
    private int occurrences;

    /// <param name="terms">Turns words into terms.</param>
    public PostingsBuilder(IndexTerms terms)
    {
        this.terms = terms;
    }

    public int PassageCount => passageLengths.Count;

    /// <summary>Content words per passage, for BM25's length normalisation.</summary>
    public IReadOnlyList<int> PassageLengths => passageLengths;

    /// <summary>First pass: counts one passage in the language at <paramref name="languageSlot"/>; that language's stopwords are skipped.</summary>
    /// <remarks>Fully optimised from the first call: the build runs once, at start, before tiered compilation would get to it.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count(ReadOnlySpan<char> text, int languageSlot)
    {
        passageLengths.Add(Read(text, languageSlot));
        for (var pair = 0; pair < pairs; pair++)
        {
            var term = pairTerms[pair];
            passagesOfTerm[term]++;
            positionBytesOfTerm[term] += GapBytes(pair);
        }
    }

    /// <summary>
    /// Sizes the joined postings of the counted parts, in part order, and tells each part where its postings go: part
    /// <c>i</c>'s term <c>t</c> becomes <c>TermMap[t]</c> and its passages move up by the passages of the parts before
    /// it, so every list stays in passage order once each part has written its passages again (<see cref="Write"/>).
    /// </summary>
    public static Postings Layout(IReadOnlyList<(PostingsBuilder Builder, int[] TermMap)> parts, int termCount)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var starts = new int[termCount + 1];
        var positionStarts = new int[termCount + 1];
        foreach (var (part, map) in parts)
        {
            for (var term = 0; term < map.Length; term++)
            {
                starts[map[term] + 1] += part.PassagesOf(term);
                positionStarts[map[term] + 1] += part.PositionBytesOf(term);
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            starts[t + 1] += starts[t];
            positionStarts[t + 1] += positionStarts[t];
        }

        var next = starts[..termCount];
        var nextPositions = positionStarts[..termCount];
        var offset = 0;
        foreach (var (part, map) in parts)
        {
            part.nextSlot = new int[map.Length];
            part.nextPosition = new int[map.Length];
            for (var term = 0; term < map.Length; term++)
            {
                part.nextSlot[term] = next[map[term]];
                part.nextPosition[term] = nextPositions[map[term]];
                next[map[term]] += part.PassagesOf(term);
                nextPositions[map[term]] += part.PositionBytesOf(term);
            }

            part.passageOffset = offset;
            part.passagesOfTerm = [];
            part.positionBytesOfTerm = [];
            offset += part.PassageCount;
        }

        var passages = new int[starts[termCount]];
        return new Postings(starts, passages, new byte[passages.Length], positionStarts, new byte[positionStarts[termCount]]);
    }

    /// <summary>
    /// Second pass: writes the postings and positions of the next passage into <paramref name="postings"/> (from
    /// <see cref="Layout"/>); the passages come again in the order they were counted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(ReadOnlySpan<char> text, int languageSlot, Postings postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        Read(text, languageSlot);
        var positions = postings.Positions;
        var start = 0;
        for (var pair = 0; pair < pairs; pair++)
        {
            var term = pairTerms[pair];
            var slot = nextSlot[term]++;
            postings.Passages[slot] = passageOffset + written;
            postings.Frequencies[slot] = pairFrequencies[pair];
            ref var at = ref nextPosition[term];
            var end = groupStarts[pair];
            var kept = Math.Min(end, start + byte.MaxValue);
            var previous = 0;
            for (var i = start; i < kept; i++)
            {
                var gap = grouped[i] - previous;
                previous = grouped[i];
                while (gap >= 0x80)
                {
                    positions[at++] = (byte)(gap | 0x80);
                    gap >>= 7;
                }

                positions[at++] = (byte)gap;
            }

            start = end;
        }

        written++;
    }

    private int PassagesOf(int term) => term < passagesOfTerm.Length ? passagesOfTerm[term] : 0;

    private int PositionBytesOf(int term) => term < positionBytesOfTerm.Length ? positionBytesOfTerm[term] : 0;

    /// <summary>
    /// Reads a passage into its distinct terms with their frequencies and their word positions grouped by term in
    /// reading order; returns its number of content words.
    /// </summary>
    private int Read(ReadOnlySpan<char> text, int languageSlot)
    {
        passage++;
        pairs = 0;
        occurrences = 0;
        var length = 0;
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        var scanner = new TermScanner(text, buffer);
        while (scanner.MoveNext())
        {
            var term = terms.Of(scanner.Term, languageSlot);
            if (term < 0)
            {
                continue;
            }

            if (!scanner.IsPart)
            {
                length++;
            }

            Remember(PairOf(term), scanner.WordIndex);
        }

        GroupPositions();
        return length;
    }

    /// <summary>The passage's pair of <paramref name="term"/>, made on its first occurrence.</summary>
    private int PairOf(int term)
    {
        if (term >= lastPassageOfTerm.Length)
        {
            var size = Math.Max(term + 1, lastPassageOfTerm.Length * 2);
            var oldSize = lastPassageOfTerm.Length;
            Array.Resize(ref lastPassageOfTerm, size);
            Array.Resize(ref pairOfTerm, size);
            Array.Resize(ref passagesOfTerm, size);
            Array.Resize(ref positionBytesOfTerm, size);
            lastPassageOfTerm.AsSpan(oldSize).Fill(-1);
        }

        if (lastPassageOfTerm[term] == passage)
        {
            // BM25 saturates long before a word's 255th use in one paragraph, so a byte holds every count that matters.
            ref var frequency = ref pairFrequencies[pairOfTerm[term]];
            if (frequency < byte.MaxValue)
            {
                frequency++;
            }

            return pairOfTerm[term];
        }

        if (pairs == pairTerms.Length)
        {
            Array.Resize(ref pairTerms, pairs * 2);
            Array.Resize(ref pairFrequencies, pairs * 2);
        }

        lastPassageOfTerm[term] = passage;
        pairOfTerm[term] = pairs;
        pairTerms[pairs] = term;
        pairFrequencies[pairs] = 1;
        return pairs++;
    }

    private void Remember(int pair, int word)
    {
        if (occurrences == occurrencePairs.Length)
        {
            Array.Resize(ref occurrencePairs, occurrences * 2);
            Array.Resize(ref occurrenceWords, occurrences * 2);
        }

        occurrencePairs[occurrences] = pair;
        occurrenceWords[occurrences++] = word;
    }

    /// <summary>
    /// A counting sort by pair of the passage's occurrences, which keeps each pair's positions in reading order: pair
    /// <c>p</c>'s words end up in <c>grouped[groupStarts[p - 1]..groupStarts[p]]</c> (from 0 for the first).
    /// </summary>
    private void GroupPositions()
    {
        if (groupStarts.Length < pairs + 1)
        {
            groupStarts = new int[Math.Max(pairs + 1, groupStarts.Length * 2)];
        }

        if (grouped.Length < occurrences)
        {
            grouped = new int[occurrencePairs.Length];
        }

        groupStarts.AsSpan(0, pairs + 1).Clear();
        for (var i = 0; i < occurrences; i++)
        {
            groupStarts[occurrencePairs[i] + 1]++;
        }

        for (var pair = 0; pair < pairs; pair++)
        {
            groupStarts[pair + 1] += groupStarts[pair];
        }

        for (var i = 0; i < occurrences; i++)
        {
            grouped[groupStarts[occurrencePairs[i]]++] = occurrenceWords[i];
        }
    }

    /// <summary>
    /// How many bytes the pair's positions take as gaps from the previous position in 7-bit groups: as many positions as
    /// its frequency counts, so a word's 256th use in one paragraph and later ones are not kept.
    /// </summary>
    private int GapBytes(int pair)
    {
        var start = pair == 0 ? 0 : groupStarts[pair - 1];
        var kept = Math.Min(groupStarts[pair], start + byte.MaxValue);
        var bytes = 0;
        var previous = 0;
        for (var i = start; i < kept; i++)
        {
            var gap = grouped[i] - previous;
            previous = grouped[i];
            bytes += gap < 0x80 ? 1 : gap < 0x4000 ? 2 : gap < 0x200000 ? 3 : 4;
        }

        return bytes;
    }
}
