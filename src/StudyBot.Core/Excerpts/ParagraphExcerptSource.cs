using System.Globalization;
using System.Text;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Excerpts;

/// <summary>
/// Excerpts from prose paragraphs: a whole paragraph of 60-500 characters, or runs of whole sentences of that
/// length cut from longer ones. Captions, headings, infobox lines and bibliographies never qualify.
/// </summary>
public sealed class ParagraphExcerptSource : IExcerptSource
{
    public const int MinLength = 60;
    public const int MaxLength = 500;

    public IReadOnlyList<ExcerptCandidate> Candidates(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var candidates = new List<ExcerptCandidate>();
        foreach (var block in document.Blocks.Where(b => b.Kind == BlockKind.Paragraph && b.Sentences.Count > 0))
        {
            var source = Attribute(document, block.SectionIndex);
            if (block.Text.Length is >= MinLength and <= MaxLength)
            {
                candidates.Add(new ExcerptCandidate(KeyOf(document, block.Sentences[0]), block.Text, source, block.SectionIndex));
                continue;
            }

            candidates.AddRange(SentenceRuns(document, block, source));
        }

        return candidates;
    }

    private static IEnumerable<ExcerptCandidate> SentenceRuns(Document document, Block block, Attribution source)
    {
        var run = new StringBuilder();
        Sentence? first = null;
        foreach (var sentence in block.Sentences)
        {
            if (run.Length > 0 && run.Length + 1 + sentence.Text.Length > MaxLength)
            {
                if (run.Length >= MinLength)
                {
                    yield return new ExcerptCandidate(KeyOf(document, first!), run.ToString(), source, block.SectionIndex);
                }

                run.Clear();
            }

            if (run.Length == 0)
            {
                first = sentence;
            }
            else
            {
                run.Append(' ');
            }

            run.Append(sentence.Text);
        }

        if (run.Length is >= MinLength and <= MaxLength)
        {
            yield return new ExcerptCandidate(KeyOf(document, first!), run.ToString(), source, block.SectionIndex);
        }
    }

    private static string KeyOf(Document document, Sentence first) =>
        string.Create(CultureInfo.InvariantCulture, $"{document.Slug}#{first.Index}");

    private static Attribution Attribute(Document document, int sectionIndex) =>
        new(document.Title, document.Metadata.Author, document.Metadata.Date,
            document.Sections.Count > 1 && sectionIndex < document.Sections.Count ? document.Sections[sectionIndex].Title : null);
}
