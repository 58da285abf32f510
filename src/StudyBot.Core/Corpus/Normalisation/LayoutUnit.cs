namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>
/// A paragraph-level piece of a document as its layout presents it: the lines that belong together, their markup,
/// and the layout clues (blank lines, page breaks) that structure recognition needs. Its text is built at the end.
/// </summary>
internal sealed class LayoutUnit
{
    /// <summary>Word counts are only compared with small numbers, so counting stops here.</summary>
    public const int WordCountLimit = 64;

    private readonly List<TextLine> segments = [];

    public LayoutUnit(LineMarkup markup, bool startsChunk, bool followsHeadingLine)
    {
        Markup = markup;
        StartsChunk = startsChunk;
        FollowsHeadingLine = followsHeadingLine;
    }

    public LineMarkup Markup { get; set; }

    public MarkupKind Kind => Markup.Kind;

    /// <summary>The unit began after a blank line (or at the start); otherwise it shares its lines' block with the unit before.</summary>
    public bool StartsChunk { get; }

    /// <summary>The unit is the rest of a block whose first line was a heading ("ter verdediging van oktober").</summary>
    public bool FollowsHeadingLine { get; }

    /// <summary>Lines after a blank line were appended: the unit continues across a page or column break.</summary>
    public bool ReceivedContinuation { get; set; }

    /// <summary>A page header or footer was removed right after this unit.</summary>
    public bool PageBreakAfter { get; set; }

    public IReadOnlyList<TextLine> Segments => segments;

    public int LineCount => segments.Count;

    /// <summary>The number of words, up to a little over <see cref="WordCountLimit"/>.</summary>
    public int WordCount { get; private set; }

    /// <summary>The unit's text, set once the layout is complete.</summary>
    public string Text { get; set; } = string.Empty;

    public void Add(TextLine segment, int words)
    {
        segments.Add(segment);
        WordCount = Math.Min(WordCount + words, WordCountLimit + 1);
    }
}
