using System.Runtime.CompilerServices;

namespace StudyBot.Core.Search;

/// <summary>Collects the terms of passages one by one and turns them into <see cref="Postings"/>.</summary>
/// <remarks>
/// Each passage's distinct terms are appended as (term, frequency) pairs; a per-term "last passage seen"
/// slot counts repeats without sorting. The word positions of each pair follow in a byte stream, in pair order.
/// <see cref="Build"/> then distributes the pairs and their positions by term with a counting sort, which keeps
/// every list in passage order.
/// </remarks>
internal sealed class PostingsBuilder
{
    // Pairs live in chunks small enough to stay off the large object heap. One array grown by doubling left its
    // old copy as garbage until a full collection, and sizing it ahead from the text guessed high by a third.
    private const int ChunkShift = 14;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    private readonly IndexTerms terms;
    private readonly List<int> passagePairEnds = [];
    private readonly List<int> passageLengths = [];
    private readonly List<int[]> pairTerms = [];
    private readonly List<byte[]> pairFrequencies = [];
    private readonly List<byte[]?> positionChunks = [];
    private int positionByteCount;
    private int pairCount;
    private int[] lastPassageOfTerm = [];
    private int[] pairOfTerm = [];
    private int[] positionBytesOfTerm = [];

    // The current passage's term occurrences in reading order: which of its pairs, at which word.
    private int[] occurrencePairs = new int[256];
    private int[] occurrenceWords = new int[256];
    private int[] groupStarts = new int[256];
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

    /// <summary>Indexes one passage in the language at <paramref name="languageSlot"/>; that language's stopwords are skipped.</summary>
    /// <remarks>Fully optimised from the first call: the build runs once, at start, before tiered compilation would get to it.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> text, int languageSlot)
    {
        var passage = passageLengths.Count;
        var firstPair = pairCount;
        var length = 0;
        occurrences = 0;
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

            Remember(Count(term, passage) - firstPair, scanner.WordIndex);
        }

        passageLengths.Add(length);
        passagePairEnds.Add(pairCount);
        WritePositions(firstPair);
    }

    /// <summary>
    /// Distributes the pairs of every part, in part order, straight into one set of postings with a counting sort.
    /// Part <c>i</c>'s term <c>t</c> becomes <c>TermMap[t]</c> and its passages move up by the passages of the parts
    /// before it, so every list stays in passage order. Positions follow their pairs; each part's position chunks
    /// are let go as soon as they are copied.
    /// </summary>
    /// <remarks>
    /// Sorting each part into postings of its own and then merging those held the corpus's postings three times
    /// over at the merge, which took the start of a 100 MB corpus past three times its size in memory.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Postings Build(IReadOnlyList<(PostingsBuilder Builder, int[] TermMap)> parts, int termCount)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var starts = new int[termCount + 1];
        var positionStarts = new int[termCount + 1];
        foreach (var (part, map) in parts)
        {
            for (var pair = 0; pair < part.pairCount; pair++)
            {
                starts[map[part.TermOf(pair)] + 1]++;
            }

            for (var term = 0; term < map.Length; term++)
            {
                positionStarts[map[term] + 1] += part.positionBytesOfTerm[term];
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            starts[t + 1] += starts[t];
            positionStarts[t + 1] += positionStarts[t];
        }

        var next = starts[..termCount];
        var nextPosition = positionStarts[..termCount];
        var passages = new int[starts[termCount]];
        var frequencies = new byte[passages.Length];
        var positions = new byte[positionStarts[termCount]];
        var offset = 0;
        foreach (var (part, map) in parts)
        {
            var pair = 0;
            var read = 0;
            for (var passage = 0; passage < part.passagePairEnds.Count; passage++)
            {
                for (var end = part.passagePairEnds[passage]; pair < end; pair++)
                {
                    var term = map[part.TermOf(pair)];
                    var slot = next[term]++;
                    var frequency = part.FrequencyOf(pair);
                    passages[slot] = passage + offset;
                    frequencies[slot] = frequency;
                    read = part.CopyPositions(read, frequency, positions, ref nextPosition[term]);
                }
            }

            offset += part.PassageCount;
        }

        return new Postings(starts, passages, frequencies, positionStarts, positions);
    }

    private int TermOf(int pair) => pairTerms[pair >> ChunkShift][pair & ChunkMask];

    private ref byte FrequencyOf(int pair) => ref pairFrequencies[pair >> ChunkShift][pair & ChunkMask];

    /// <summary>The pair of <paramref name="term"/> in <paramref name="passage"/>, made on its first occurrence.</summary>
    private int Count(int term, int passage)
    {
        if (term >= lastPassageOfTerm.Length)
        {
            var size = Math.Max(term + 1, lastPassageOfTerm.Length * 2);
            var oldSize = lastPassageOfTerm.Length;
            Array.Resize(ref lastPassageOfTerm, size);
            Array.Resize(ref pairOfTerm, size);
            Array.Resize(ref positionBytesOfTerm, size);
            lastPassageOfTerm.AsSpan(oldSize).Fill(-1);
        }

        if (lastPassageOfTerm[term] == passage)
        {
            // BM25 saturates long before a word's 255th use in one paragraph, so a byte holds every count that matters.
            ref var frequency = ref FrequencyOf(pairOfTerm[term]);
            if (frequency < byte.MaxValue)
            {
                frequency++;
            }

            return pairOfTerm[term];
        }

        if ((pairCount & ChunkMask) == 0)
        {
            pairTerms.Add(new int[ChunkSize]);
            pairFrequencies.Add(new byte[ChunkSize]);
        }

        lastPassageOfTerm[term] = passage;
        pairOfTerm[term] = pairCount;
        pairTerms[^1][pairCount & ChunkMask] = term;
        pairFrequencies[^1][pairCount & ChunkMask] = 1;
        return pairCount++;
    }

    private void Remember(int passagePair, int word)
    {
        if (occurrences == occurrencePairs.Length)
        {
            Array.Resize(ref occurrencePairs, occurrences * 2);
            Array.Resize(ref occurrenceWords, occurrences * 2);
        }

        occurrencePairs[occurrences] = passagePair;
        occurrenceWords[occurrences++] = word;
    }

    /// <summary>
    /// Writes the positions of the passage's pairs, pair by pair, as gaps from the previous position in variable-length
    /// bytes: as many as the pair's frequency counts, so a word's 256th use in one paragraph and later ones are not kept.
    /// </summary>
    private void WritePositions(int firstPair)
    {
        var pairs = pairCount - firstPair;
        if (groupStarts.Length < pairs + 1)
        {
            groupStarts = new int[Math.Max(pairs + 1, groupStarts.Length * 2)];
        }

        if (grouped.Length < occurrences)
        {
            grouped = new int[occurrencePairs.Length];
        }

        // A counting sort by pair keeps each pair's positions in reading order.
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

        var start = 0;
        for (var pair = 0; pair < pairs; pair++)
        {
            var end = groupStarts[pair];
            var kept = Math.Min(end, start + byte.MaxValue);
            var before = positionByteCount;
            var previous = 0;
            for (var i = start; i < kept; i++)
            {
                WriteGap(grouped[i] - previous);
                previous = grouped[i];
            }

            positionBytesOfTerm[TermOf(firstPair + pair)] += positionByteCount - before;
            start = end;
        }
    }

    private void WriteGap(int gap)
    {
        while (gap >= 0x80)
        {
            WriteByte((byte)(gap | 0x80));
            gap >>= 7;
        }

        WriteByte((byte)gap);
    }

    private void WriteByte(byte value)
    {
        if ((positionByteCount & ChunkMask) == 0)
        {
            positionChunks.Add(new byte[ChunkSize]);
        }

        positionChunks[^1]![positionByteCount & ChunkMask] = value;
        positionByteCount++;
    }

    /// <summary>
    /// Copies the <paramref name="count"/> positions that start at byte <paramref name="read"/> of this part's stream to
    /// <paramref name="target"/> at <paramref name="written"/>; returns where the next pair's positions start. A chunk
    /// read to its end is dropped.
    /// </summary>
    private int CopyPositions(int read, int count, byte[] target, ref int written)
    {
        while (count > 0)
        {
            var chunk = positionChunks[read >> ChunkShift]!;
            var value = chunk[read & ChunkMask];
            target[written++] = value;
            read++;
            if ((read & ChunkMask) == 0)
            {
                positionChunks[(read >> ChunkShift) - 1] = null;
            }

            if (value < 0x80)
            {
                count--;
            }
        }

        return read;
    }
}
