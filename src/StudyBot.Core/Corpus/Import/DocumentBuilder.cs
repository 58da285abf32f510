using StudyBot.Core.Corpus.Languages;
using StudyBot.Core.Corpus.Normalisation;
using StudyBot.Core.Corpus.Sentences;
using StudyBot.Core.Corpus.Structure;

namespace StudyBot.Core.Corpus.Import;

/// <summary>
/// Runs one text through the corpus pipeline: normalisation, paragraph layout, language, structure, sections and
/// sentences. Every stage is a linear pass over the document.
/// </summary>
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
        return new Document(slug, metadata, sections);
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string TitleFromFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName).Replace('-', ' ').Replace('_', ' ').Trim();
        return name.Length == 0 ? fileName : SectionTitles.FromHeading(name);
    }
}
