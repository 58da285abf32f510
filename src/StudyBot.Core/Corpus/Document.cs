namespace StudyBot.Core.Corpus;

/// <summary>One imported text, normalised and split into sections, blocks and sentences.</summary>
public sealed class Document
{
    private DocumentSentences? sentences;

    public Document(string slug, DocumentMetadata metadata, IReadOnlyList<Section> sections)
    {
        Slug = slug;
        Metadata = metadata;
        Sections = sections;
        Blocks = sections.SelectMany(s => s.Blocks).ToArray();
        WordCount = Blocks.Sum(b => b.WordCount);
    }

    /// <summary>Stable key derived from the file name; what users type to name the document.</summary>
    public string Slug { get; }

    public DocumentMetadata Metadata { get; }

    public IReadOnlyList<Section> Sections { get; }

    /// <summary>All blocks in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>All sentences in reading order; <see cref="Sentence.Index"/> is the position in this list.</summary>
    /// <remarks>Made when first read, as most documents of a large corpus never are; concurrent first readers may each make one, and one wins.</remarks>
    public IReadOnlyList<Sentence> Sentences => Volatile.Read(ref sentences) ?? MakeSentences();

    public int WordCount { get; }

    public string Title => Metadata.Title;

    public Language Language => Metadata.Language;

    /// <summary>Reading time at <see cref="ReadingPace.WordsPerMinute"/>, at least one minute.</summary>
    public TimeSpan ReadingTime => ReadingPace.For(WordCount);

    private DocumentSentences MakeSentences()
    {
        var made = new DocumentSentences(Blocks);
        return Interlocked.CompareExchange(ref sentences, made, null) ?? made;
    }
}

/// <summary>What the catalog (or the text itself) tells about a document; used in every attribution.</summary>
public sealed record DocumentMetadata(
    string Title,
    string? Author,
    string? Date,
    Language Language,
    string? Source);

/// <summary>A part of a document with the title a reader would use for it.</summary>
public sealed class Section
{
    public Section(int index, string title, IReadOnlyList<Block> blocks, string? author = null, string? date = null)
    {
        Index = index;
        Title = title;
        Blocks = blocks;
        Author = author;
        Date = date;
    }

    /// <summary>Zero-based position in the document; users see <c>Index + 1</c>.</summary>
    public int Index { get; }

    public string Title { get; }

    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>
    /// The byline this section states itself (or inherits from its blog post), such as an excerpt by another writer;
    /// null when the document's <see cref="DocumentMetadata.Author"/> applies.
    /// </summary>
    public string? Author { get; }

    /// <summary>The date of the blog post this section belongs to (ISO 8601); null when the document's date applies.</summary>
    public string? Date { get; }

    public int WordCount => Blocks.Sum(b => b.WordCount);

    /// <summary>The sentences of the section's prose, in reading order.</summary>
    public IEnumerable<Sentence> Sentences => Blocks.SelectMany(b => b.Sentences);
}

/// <summary>What a block is; decides whether it may be quoted, summarised or asked about.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    Dateline,
    Byline,
    Caption,
    InfoboxLine,
    ListItem,
    Bibliography,
    Note,
}

/// <summary>A paragraph-level unit of text: a paragraph, heading, caption, list item and so on.</summary>
public sealed class Block
{
    private readonly BlockText text;

    // An imported prose block leaves this null until its sentences are read; then it holds the ones its plan made.
    private IReadOnlyList<Sentence>? sentences;
    private readonly SentencePlan plan;

    public Block(int index, int sectionIndex, BlockKind kind, string text, IReadOnlyList<Sentence> sentences)
        : this(index, sectionIndex, kind, text, BlockText.From(text ?? throw new ArgumentNullException(nameof(text))), sentences ?? throw new ArgumentNullException(nameof(sentences)), default)
    {
    }

    /// <summary>
    /// An imported prose block, whose sentences are made by <paramref name="plan"/> when first read. The block keeps
    /// <paramref name="stored"/>, and counts its words in <paramref name="text"/>, which is the same text.
    /// </summary>
    internal Block(int index, int sectionIndex, BlockKind kind, string text, BlockText stored, SentencePlan plan)
        : this(index, sectionIndex, kind, text, stored, null, plan)
    {
        ArgumentNullException.ThrowIfNull(plan.Splitter);
    }

    /// <summary>An imported block that is not prose, and so has no sentences.</summary>
    internal Block(int index, int sectionIndex, BlockKind kind, string text, BlockText stored)
        : this(index, sectionIndex, kind, text, stored, [], default)
    {
    }

    private Block(int index, int sectionIndex, BlockKind kind, string text, BlockText stored, IReadOnlyList<Sentence>? sentences, SentencePlan plan)
    {
        ArgumentNullException.ThrowIfNull(text);
        Index = index;
        SectionIndex = sectionIndex;
        Kind = kind;
        this.text = stored;
        this.sentences = sentences;
        this.plan = plan;
        WordCount = text.CountWords();
    }

    /// <summary>Position among all blocks of the document.</summary>
    public int Index { get; }

    public int SectionIndex { get; }

    public BlockKind Kind { get; }

    /// <summary>The block's text, made anew on each read (see <see cref="BlockText"/>): read it once per use.</summary>
    public string Text => text.ToString();

    /// <summary>Sentences of prose blocks; empty for captions, infobox lines and other non-prose.</summary>
    public IReadOnlyList<Sentence> Sentences => Volatile.Read(ref sentences) ?? MakeSentences();

    /// <summary>How many <see cref="Sentences"/> there are, without making them.</summary>
    internal int SentenceCount => Volatile.Read(ref sentences)?.Count ?? plan.Count;

    public int WordCount { get; }

    /// <summary>Prose that may feed quotes, summaries and quizzes.</summary>
    public bool IsProse => Kind is BlockKind.Paragraph or BlockKind.ListItem;

    /// <summary>About how many characters the text has, without making it: exact for ASCII.</summary>
    internal int ApproximateLength => text.ByteCount;

    /// <summary>The text decoded into <paramref name="buffer"/>, for passes over the whole corpus that need no string.</summary>
    internal ReadOnlySpan<char> DecodeText(ref char[] buffer) => text.Decode(ref buffer);

    /// <summary>
    /// The texts of the sentences, without making and keeping the sentences when they were not made yet: for
    /// passes over the whole corpus, which would otherwise keep every sentence of it.
    /// </summary>
    internal IEnumerable<string> SentenceTexts()
    {
        if (Volatile.Read(ref sentences) is { } made)
        {
            return made.Select(s => s.Text);
        }

        var whole = Text;
        return plan.Splitter.Split(whole, plan.Start).Select(r => whole[r]);
    }

    // Commands read the corpus concurrently: the first sentences published win, and a racing reader's copy is dropped.
    private IReadOnlyList<Sentence> MakeSentences()
    {
        var whole = Text;
        var ranges = plan.Splitter.Split(whole, plan.Start);
        if (ranges.Count != plan.Count)
        {
            throw new InvalidOperationException($"Block {Index} split into {ranges.Count} sentences, not the {plan.Count} it was imported with.");
        }

        var made = new Sentence[ranges.Count];
        for (var i = 0; i < made.Length; i++)
        {
            var (start, length) = ranges[i].GetOffsetAndLength(whole.Length);
            made[i] = new Sentence(plan.FirstIndex + i, Index, SectionIndex, whole, start, length);
        }

        return Interlocked.CompareExchange(ref sentences, made, null) ?? made;
    }
}

/// <summary>One sentence of a prose block.</summary>
/// <remarks>
/// An imported sentence keeps only its position in the block's text and cuts its <see cref="Text"/> on demand, so the
/// corpus holds each character once: a large corpus would otherwise double its memory for sentence copies.
/// </remarks>
public sealed record Sentence
{
    private readonly string source;
    private readonly int start;
    private readonly int length;

    /// <param name="index">Position among all sentences of the document.</param>
    /// <param name="blockIndex">The block the sentence belongs to.</param>
    /// <param name="sectionIndex">The section the sentence belongs to.</param>
    /// <param name="text">The sentence text, trimmed.</param>
    public Sentence(int index, int blockIndex, int sectionIndex, string text)
        : this(index, blockIndex, sectionIndex, text ?? throw new ArgumentNullException(nameof(text)), 0, text.Length)
    {
    }

    internal Sentence(int index, int blockIndex, int sectionIndex, string source, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, source.Length - start);
        Index = index;
        BlockIndex = blockIndex;
        SectionIndex = sectionIndex;
        this.source = source;
        this.start = start;
        this.length = length;
    }

    /// <summary>Position among all sentences of the document.</summary>
    public int Index { get; init; }

    /// <summary>The block the sentence belongs to.</summary>
    public int BlockIndex { get; init; }

    /// <summary>The section the sentence belongs to.</summary>
    public int SectionIndex { get; init; }

    /// <summary>The sentence text, trimmed.</summary>
    public string Text => start == 0 && length == source.Length ? source : source.Substring(start, length);
}
