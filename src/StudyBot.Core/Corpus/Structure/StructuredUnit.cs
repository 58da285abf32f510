using StudyBot.Core.Corpus.Normalisation;

namespace StudyBot.Core.Corpus.Structure;

/// <summary>A layout unit with what structure recognition made of it.</summary>
internal sealed class StructuredUnit
{
    public StructuredUnit(LayoutUnit layout, BlockKind kind)
    {
        Layout = layout;
        Kind = kind;
    }

    public LayoutUnit Layout { get; }

    public string Text => Layout.Text;

    public BlockKind Kind { get; set; }

    /// <summary>A short line without final punctuation whose role (heading or caption) depends on its surroundings.</summary>
    public bool IsCandidate { get; set; }

    /// <summary>The document's title line.</summary>
    public bool IsTitle { get; set; }

    /// <summary>Set when a section starts at this unit: the section's title.</summary>
    public string? StartsSection { get; set; }

    /// <summary>For an explicit heading (<c>== x ==</c>, <c>## x</c>): its level; 0 for headings recognised from layout.</summary>
    public int HeadingLevel { get; set; }

    /// <summary>For a dateline: the date in ISO 8601.</summary>
    public string? Date { get; set; }

    /// <summary>For a byline: the name.</summary>
    public string? Author { get; set; }

    public bool IsProse => Kind is BlockKind.Paragraph or BlockKind.ListItem;
}
