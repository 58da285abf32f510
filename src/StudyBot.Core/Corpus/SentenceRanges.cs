namespace StudyBot.Core.Corpus;

/// <summary>
/// Where the sentences of one imported prose block lie in its text, as start and length pairs, and the
/// <see cref="Sentence"/> objects for them once something reads them.
/// </summary>
/// <remarks>
/// A large corpus has hundreds of thousands of sentences, and most are never quoted, summarised or asked about:
/// eight bytes a sentence here cost a fraction of a sentence object, so the import keeps only these and a block
/// makes its sentences the first time they are read. Commands read the corpus concurrently, so the objects are
/// published once with a compare-and-swap; a racing reader may build a second array, which is dropped.
/// </remarks>
internal sealed class SentenceRanges
{
    private readonly int[] bounds;
    private readonly int firstIndex;
    private Sentence[]? sentences;

    /// <summary>A block without sentences; shared, as most blocks of some texts are headings, captions and the like.</summary>
    public static SentenceRanges None { get; } = new([], 0);

    /// <param name="bounds">Start and length of each sentence in the block's text, in reading order.</param>
    /// <param name="firstIndex">The document-wide index of the block's first sentence.</param>
    public SentenceRanges(int[] bounds, int firstIndex)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        ArgumentOutOfRangeException.ThrowIfNotEqual(bounds.Length % 2, 0, nameof(bounds));
        this.bounds = bounds;
        this.firstIndex = firstIndex;
    }

    public int Count => bounds.Length / 2;

    public ReadOnlySpan<char> Text(string text, int index) => text.AsSpan(bounds[2 * index], bounds[(2 * index) + 1]);

    public Sentence[] Materialise(string text, int blockIndex, int sectionIndex)
    {
        if (sentences is { } made)
        {
            return made;
        }

        var built = new Sentence[Count];
        for (var i = 0; i < built.Length; i++)
        {
            built[i] = new Sentence(firstIndex + i, blockIndex, sectionIndex, text, bounds[2 * i], bounds[(2 * i) + 1]);
        }

        return Interlocked.CompareExchange(ref sentences, built, null) ?? built;
    }
}
