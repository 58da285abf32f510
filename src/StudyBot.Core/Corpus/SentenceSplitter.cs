using StudyBot.Core.Corpus.Sentences;

namespace StudyBot.Core.Corpus;

/// <summary>
/// Splits the prose blocks of one document into sentences: the import splits each block once to count its
/// sentences, and a block splits again when its sentences are first read (see <see cref="SentencePlan"/>).
/// </summary>
internal sealed class SentenceSplitter
{
    private readonly SentenceSegmenter segmenter;
    private readonly Language language;

    public SentenceSplitter(SentenceSegmenter segmenter, Language language)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(language);
        this.segmenter = segmenter;
        this.language = language;
    }

    /// <summary>Where the sentences of <paramref name="text"/> from <paramref name="start"/> on are.</summary>
    public List<Range> Split(string text, int start) => segmenter.SplitRanges(text, start, language);
}

/// <summary>How an imported prose block makes its sentences when they are first read.</summary>
/// <remarks>
/// A large corpus has hundreds of thousands of sentences, and most are never quoted, summarised or asked about.
/// Keeping them as objects, or even as start and length pairs, took a tenth of the corpus's memory; splitting a
/// block again is a linear pass over one paragraph, done once for the blocks that are read.
/// </remarks>
/// <param name="Splitter">The document's splitter.</param>
/// <param name="Start">Where the first sentence may begin: after a list item's number.</param>
/// <param name="FirstIndex">The document-wide index of the block's first sentence.</param>
/// <param name="Count">How many sentences the split gives.</param>
internal readonly record struct SentencePlan(SentenceSplitter Splitter, int Start, int FirstIndex, int Count);
