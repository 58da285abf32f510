using StudyBot.Core.Corpus.Normalisation;
using StudyBot.Core.Corpus.Sentences;

namespace StudyBot.Core.Corpus.Structure;

/// <summary>
/// Turns classified units into sections, blocks and sentences. Only prose blocks are split into sentences; a block
/// counts its sentences here and makes them when read (see <see cref="SentencePlan"/>).
/// </summary>
internal sealed class SectionBuilder
{
    private readonly SentenceSplitter splitter;
    private int sentenceCount;

    public SectionBuilder(SentenceSegmenter segmenter, Language language)
    {
        splitter = new SentenceSplitter(segmenter, language);
    }

    public IReadOnlyList<Section> Build(IReadOnlyList<StructuredUnit> units, string documentTitle)
    {
        ArgumentNullException.ThrowIfNull(units);
        var starts = SectionStarts(units);
        var texts = new BlockTextWriter(units.Select(u => u.Text));
        var sections = new List<Section>(starts.Count);
        var blockIndex = 0;
        string? postAuthor = null;
        string? postDate = null;
        for (var s = 0; s < starts.Count; s++)
        {
            var first = starts[s];
            var end = s + 1 < starts.Count ? starts[s + 1] : units.Count;
            var title = (s == 0 ? null : LeadingHeadingTitle(units, first, end)) ?? FirstSectionTitle(units, first, end, documentTitle);
            if (string.IsNullOrWhiteSpace(title))
            {
                title = s == 0 ? documentTitle : $"{documentTitle} ({s + 1})";
            }

            var blocks = new List<Block>(end - first);
            string? author = null;
            string? date = null;
            for (var u = first; u < end; u++)
            {
                var unit = units[u];
                author ??= unit.Kind == BlockKind.Byline ? unit.Author : null;
                date ??= unit.Kind == BlockKind.Dateline ? unit.Date : null;
                var text = texts.Write(unit.Text);
                blocks.Add(unit.IsProse ? new Block(blockIndex, s, unit.Kind, unit.Text, text, Plan(unit)) : new Block(blockIndex, s, unit.Kind, unit.Text, text));
                blockIndex++;
            }

            // A blog post's date and byline also hold for the sections within the post.
            if (units[first].Kind == BlockKind.Dateline)
            {
                postDate = date;
                postAuthor = author;
            }

            sections.Add(new Section(s, title, blocks, author ?? postAuthor, date ?? postDate));
        }

        return sections;
    }

    /// <summary>
    /// Unit indices where sections start. Text before the first marked start forms the first section, unless it is
    /// no more than the title and its byline: then it opens the next section rather than standing empty.
    /// </summary>
    private static List<int> SectionStarts(IReadOnlyList<StructuredUnit> units)
    {
        var starts = new List<int> { 0 };
        for (var i = 1; i < units.Count; i++)
        {
            if (units[i].StartsSection is not null)
            {
                starts.Add(i);
            }
        }

        if (starts.Count > 1 && units[0].StartsSection is null
            && units.Take(starts[1]).All(u => u.Kind is BlockKind.Heading or BlockKind.Byline or BlockKind.Dateline))
        {
            starts.RemoveAt(1);
        }

        // A heading with nothing under it but a subheading ("== History ==" then "=== Emergence ===") is a parent,
        // not a section of its own: a reader would not open an empty section, so it joins the first subsection.
        for (var k = starts.Count - 2; k >= 1; k--)
        {
            if (Enumerable.Range(starts[k], starts[k + 1] - starts[k]).All(u => units[u].Kind == BlockKind.Heading))
            {
                starts.RemoveAt(k + 1);
            }
        }

        return starts;
    }

    /// <summary>The title of the innermost heading that opens the section: the subsection's, when a parent heading joined it.</summary>
    private static string? LeadingHeadingTitle(IReadOnlyList<StructuredUnit> units, int first, int end)
    {
        string? title = null;
        for (var u = first; u < end && units[u].Kind == BlockKind.Heading; u++)
        {
            title = units[u].StartsSection ?? title;
        }

        return title ?? units[first].StartsSection;
    }

    private static string FirstSectionTitle(IReadOnlyList<StructuredUnit> units, int first, int end, string documentTitle)
    {
        for (var u = first; u < end; u++)
        {
            if (units[u].StartsSection is { } title)
            {
                return title;
            }
        }

        return documentTitle;
    }

    private SentencePlan Plan(StructuredUnit unit)
    {
        var start = unit.Layout.Kind == MarkupKind.Numbered ? ListNumberLength(unit.Text) : 0;
        var count = splitter.Split(unit.Text, start).Count;
        var plan = new SentencePlan(splitter, start, sentenceCount, count);
        sentenceCount += count;
        return plan;
    }

    // "13. The primary organization..." : the number belongs to the list, not to the first sentence.
    private static int ListNumberLength(string text)
    {
        var marker = text.IndexOfAny(['.', ')']);
        return marker >= 0 && marker + 2 <= text.Length ? marker + 2 : 0;
    }
}
