using StudyBot.Core.Corpus.Languages;
using StudyBot.Core.Corpus.Normalisation;
using StudyBot.Core.Corpus.Sentences;
using StudyBot.Core.Corpus.Structure;

namespace StudyBot.Core.Corpus.Import;

/// <summary>
/// Runs one text through the corpus pipeline: normalisation, paragraph layout, language, structure, sections and
/// sentences. Every stage is a linear pass over the document.
/// </summary>
/// <remarks>
/// The per-character loops of these stages are marked <see cref="System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization"/>.
/// The import runs once, at start, while the runtime is still compiling new methods; tiered compilation waits
/// for that to settle before it optimises hot code, so a 100 MB import ran mostly unoptimised, at 19 MB/s
/// instead of 24-26. Lowering the runtime's call-counting delay for the whole process did better (34 MB/s) but
/// cost 0.3 s to the first prompt.
/// </remarks>
internal sealed class DocumentBuilder
{
    private readonly SentenceSegmenter segmenter;

    public DocumentBuilder(SentenceSegmenter segmenter)
    {
        this.segmenter = segmenter;
    }

    public Document Build(string slug, string fileName, SourceText source, DocumentFormat format, CatalogEntry? entry)
    {
        var text = CharacterCleaner.Clean(source);
        GlyphBullets.Mark(text);
        var layout = DocumentLayout.Detect(text);
        if (layout.HardWrapped)
        {
            PageFurniture.Remove(text);
        }

        List<LayoutUnit> units;
        using (var evidence = new WordEvidence(text))
        {
            units = ParagraphAssembler.Assemble(text, layout, format, evidence);
        }

        var language = Language.FromCode(entry?.Language)
            ?? LanguageDetector.Detect(units.Where(u => u.Kind == MarkupKind.None).Select(u => u.Text));
        var structured = BlockClassifier.Classify(units, language);
        var facts = DocumentFacts.From(structured);
        var metadata = new DocumentMetadata(
            Title: Present(entry?.Title) ?? facts.Title ?? TitleFromFileName(fileName),
            Author: Present(entry?.Author) ?? facts.Author,
            Date: Present(entry?.Date) ?? facts.Date,
            Language: language,
            Source: Present(entry?.Source));
        var sections = new SectionBuilder(segmenter, language).Build(structured, metadata.Title);
        return new Document(slug, metadata, WithCatalogSections(sections, entry));
    }

    /// <summary>The sections with the catalog's author and date where it states them for a section.</summary>
    private static IReadOnlyList<Section> WithCatalogSections(IReadOnlyList<Section> sections, CatalogEntry? entry)
    {
        if (entry is not { Sections.Count: > 0 })
        {
            return sections;
        }

        return sections
            .Select(s => entry.Sections.LastOrDefault(c => c.Number == s.Index + 1) is { } stated
                ? new Section(s.Index, s.Title, s.Blocks, Present(stated.Author) ?? s.Author, Present(stated.Date) ?? s.Date)
                : s)
            .ToArray();
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string TitleFromFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName).Replace('-', ' ').Replace('_', ' ').Trim();
        return name.Length == 0 ? fileName : SectionTitles.FromHeading(name);
    }
}
