using System.Runtime.CompilerServices;

namespace StudyBot.Core.Search;

/// <summary>Collects the terms of passages one by one and turns them into <see cref="Postings"/>.</summary>
/// <remarks>
/// Each passage's distinct terms are appended as (term, frequency) pairs; a per-term "last passage seen"
/// slot counts repeats without sorting. <see cref="Build"/> then distributes the pairs by term with a
/// counting sort, which keeps every list in passage order.
/// </remarks>
internal sealed class PostingsBuilder
{
    // Pairs live in chunks small enough to stay off the large object heap. One array grown by doubling left its
    // old copy as garbage until a full collection, and sizing it ahead from the text guessed high by a third.
    private const int ChunkShift = 14;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    private readonly TermDictionary dictionary;
    private readonly List<int> passagePairEnds = [];
    private readonly List<int> passageLengths = [];
    private readonly List<int[]> pairTerms = [];
    private readonly List<byte[]> pairFrequencies = [];
    private int pairCount;
    private int[] lastPassageOfTerm = [];
    private int[] pairOfTerm = [];

    /// <param name="dictionary">Numbers the terms.</param>
    public PostingsBuilder(TermDictionary dictionary)
    {
        this.dictionary = dictionary;
    }

    public int PassageCount => passageLengths.Count;

    /// <summary>Content words per passage, for BM25's length normalisation.</summary>
    public IReadOnlyList<int> PassageLengths => passageLengths;

    /// <summary>Indexes one passage; stopwords of its language are skipped.</summary>
    /// <remarks>Fully optimised from the first call: the build runs once, at start, before tiered compilation would get to it.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> text, byte languageMask)
    {
        var passage = passageLengths.Count;
        var length = 0;
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        var scanner = new TermScanner(text, buffer);
        while (scanner.MoveNext())
        {
            var term = dictionary.GetOrAdd(scanner.Term);
            if (dictionary.IsStopword(term, languageMask))
            {
                continue;
            }

            if (!scanner.IsPart)
            {
                length++;
            }

            Count(term, passage);
        }

        passageLengths.Add(length);
        passagePairEnds.Add(pairCount);
    }

    /// <summary>
    /// Distributes the pairs of every part, in part order, straight into one set of postings with a counting sort.
    /// Part <c>i</c>'s term <c>t</c> becomes <c>TermMap[t]</c> and its passages move up by the passages of the parts
    /// before it, so every list stays in passage order.
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
        foreach (var (part, map) in parts)
        {
            for (var pair = 0; pair < part.pairCount; pair++)
            {
                starts[map[part.TermOf(pair)] + 1]++;
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            starts[t + 1] += starts[t];
        }

        var next = starts[..termCount];
        var passages = new int[starts[termCount]];
        var frequencies = new byte[passages.Length];
        var offset = 0;
        foreach (var (part, map) in parts)
        {
            var pair = 0;
            for (var passage = 0; passage < part.passagePairEnds.Count; passage++)
            {
                for (var end = part.passagePairEnds[passage]; pair < end; pair++)
                {
                    var slot = next[map[part.TermOf(pair)]]++;
                    passages[slot] = passage + offset;
                    frequencies[slot] = part.FrequencyOf(pair);
                }
            }

            offset += part.PassageCount;
        }

        return new Postings(starts, passages, frequencies);
    }

    private int TermOf(int pair) => pairTerms[pair >> ChunkShift][pair & ChunkMask];

    private ref byte FrequencyOf(int pair) => ref pairFrequencies[pair >> ChunkShift][pair & ChunkMask];

    private void Count(int term, int passage)
    {
        if (term >= lastPassageOfTerm.Length)
        {
            var size = Math.Max(term + 1, lastPassageOfTerm.Length * 2);
            var oldSize = lastPassageOfTerm.Length;
            Array.Resize(ref lastPassageOfTerm, size);
            Array.Resize(ref pairOfTerm, size);
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

            return;
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
        pairCount++;
    }
}
