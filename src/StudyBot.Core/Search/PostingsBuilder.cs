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

    private const int CharactersPerPair = 10;

    private readonly TermDictionary dictionary;
    private readonly List<int> passagePairEnds = [];
    private readonly List<int> passageLengths = [];
    private int[] pairTerms;
    private ushort[] pairFrequencies;
    private int pairCount;
    private int[] lastPassageOfTerm = [];
    private int[] pairOfTerm = [];

    /// <param name="dictionary">Numbers the terms.</param>
    /// <param name="expectedCharacters">The corpus's prose size: prose has about one distinct term per passage for every
    /// ten characters, so sizing for that up front spares copying the largest arrays while they grow.</param>
    public PostingsBuilder(TermDictionary dictionary, long expectedCharacters)
    {
        this.dictionary = dictionary;
        var expectedPairs = (int)Math.Clamp(expectedCharacters / CharactersPerPair, 1024, Array.MaxLength);
        pairTerms = new int[expectedPairs];
        pairFrequencies = new ushort[expectedPairs];
    }

    public int PassageCount => passageLengths.Count;

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (Postings Postings, int[] PassageLengths) Build()
    {
        var termCount = dictionary.Count;
        var starts = new int[termCount + 1];
        for (var i = 0; i < pairCount; i++)
        {
            starts[pairTerms[i] + 1]++;
        }

        for (var t = 0; t < termCount; t++)
        {
            starts[t + 1] += starts[t];
        }

        var next = starts[..termCount];
        var passages = new int[pairCount];
        var frequencies = new ushort[pairCount];
        var pair = 0;
        for (var passage = 0; passage < passagePairEnds.Count; passage++)
        {
            for (var end = passagePairEnds[passage]; pair < end; pair++)
            {
                var slot = next[pairTerms[pair]]++;
                passages[slot] = passage;
                frequencies[slot] = pairFrequencies[pair];
            }
        }

        return (new Postings(starts, passages, frequencies), passageLengths.ToArray());
    }

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
            ref var frequency = ref pairFrequencies[pairOfTerm[term]];
            if (frequency < ushort.MaxValue)
            {
                frequency++;
            }

            return;
        }

        if (pairCount == pairTerms.Length)
        {
            Array.Resize(ref pairTerms, pairCount * 2);
            Array.Resize(ref pairFrequencies, pairCount * 2);
        }

        lastPassageOfTerm[term] = passage;
        pairOfTerm[term] = pairCount;
        pairTerms[pairCount] = term;
        pairFrequencies[pairCount] = 1;
        pairCount++;
    }
}
