using System.Text.RegularExpressions;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Tests.Corpus;

/// <summary>
/// Builds <see cref="Document"/>s for tests without the importer: sections of blocks, prose split into
/// sentences at ". " before a capital (or given sentence by sentence).
/// </summary>
internal sealed partial class DocumentBuilder
{
    private readonly string slug;
    private readonly string title;
    private readonly Language language;
    private readonly List<(string Title, string? Author, string? Date, List<(BlockKind Kind, string Text, string[] Sentences)> Blocks)> sections = [];
    private string? author;
    private string? date;

    public DocumentBuilder(string slug, string title, Language? language = null)
    {
        this.slug = slug;
        this.title = title;
        this.language = language ?? Language.English;
    }

    public DocumentBuilder By(string? author, string? date = null)
    {
        this.author = author;
        this.date = date;
        return this;
    }

    /// <summary>A new section; with <paramref name="author"/> and <paramref name="date"/> when its byline and dateline are not the document's.</summary>
    public DocumentBuilder Section(string sectionTitle, string? author = null, string? date = null)
    {
        sections.Add((sectionTitle, author, date, []));
        return this;
    }

    /// <summary>A paragraph split into sentences naively.</summary>
    public DocumentBuilder Paragraph(string text) => Add(BlockKind.Paragraph, text, SplitSentences(text));

    /// <summary>A paragraph made of exactly these sentences.</summary>
    public DocumentBuilder Sentences(params string[] sentences) => Add(BlockKind.Paragraph, string.Join(' ', sentences), sentences);

    /// <summary>A block of any kind; prose kinds are split into sentences, others have none.</summary>
    public DocumentBuilder Block(BlockKind kind, string text) =>
        Add(kind, text, kind is BlockKind.Paragraph or BlockKind.ListItem ? SplitSentences(text) : []);

    public Document Build()
    {
        var blocks = 0;
        var sentenceIndex = 0;
        var built = new List<Section>();
        foreach (var (sectionTitle, sectionAuthor, sectionDate, sectionBlocks) in sections)
        {
            var sectionIndex = built.Count;
            var list = new List<Block>();
            foreach (var (kind, text, sentenceTexts) in sectionBlocks)
            {
                var blockIndex = blocks++;
                var sentences = sentenceTexts.Select(s => new Sentence(sentenceIndex++, blockIndex, sectionIndex, s)).ToArray();
                list.Add(new Block(blockIndex, sectionIndex, kind, text, sentences));
            }

            built.Add(new Section(sectionIndex, sectionTitle, list, sectionAuthor, sectionDate));
        }

        return new Document(slug, new DocumentMetadata(title, author, date, language, null), built);
    }

    private DocumentBuilder Add(BlockKind kind, string text, string[] sentences)
    {
        if (sections.Count == 0)
        {
            Section(title);
        }

        sections[^1].Blocks.Add((kind, text, sentences));
        return this;
    }

    private static string[] SplitSentences(string text) =>
        SentenceBoundary().Split(text.Trim()).Where(s => s.Length > 0).ToArray();

    [GeneratedRegex("""(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])""")]
    private static partial Regex SentenceBoundary();
}
