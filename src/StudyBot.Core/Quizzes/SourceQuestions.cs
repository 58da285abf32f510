using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;
using StudyBot.Core.Quotes;
using StudyBot.Core.Randomness;
using StudyBot.Core.Text;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// "Which text is this passage from?" with four document titles; needs at least four documents in the
/// passage's language, as a passage in the only Dutch text gives its source away by its language alone.
/// </summary>
public sealed class SourceQuestions
{
    public const int MinDocuments = 4;
    private const int Attempts = 20;

    private readonly CorpusLibrary library;
    private readonly QuoteCatalog quotes;

    public SourceQuestions(CorpusLibrary library, QuoteCatalog quotes)
    {
        this.library = library;
        this.quotes = quotes;
    }

    public bool IsAvailable => library.Documents.Count >= MinDocuments;

    /// <summary>A question about a quotable passage of <paramref name="document"/>, or null when none fits.</summary>
    public QuizQuestion? TryCreate(Document document, RandomSource random)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(random);
        var candidates = quotes.For(document);
        if (!IsAvailable || candidates.Count == 0)
        {
            return null;
        }

        var others = random.Shuffled(library.Documents.Where(d => d != document && d.Language == document.Language && TextFolding.Fold(d.Title) != TextFolding.Fold(document.Title)))
            .DistinctBy(d => TextFolding.Fold(d.Title))
            .Take(MinDocuments - 1)
            .Select(d => d.Title)
            .ToArray();
        if (others.Length < MinDocuments - 1)
        {
            return null;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var passage = random.Pick(candidates);
            if (TitleClues.GiveAway(passage.Text, document.Title, others, document.Language))
            {
                continue;
            }

            return Make(QuizWording.WhichText.In(document.Language), passage.Text, document.Title, others, DocumentAttribution.Of(document, passage.Block.SectionIndex), document.Language, random);
        }

        return null;
    }

    /// <summary>A question asking where <paramref name="passage"/> is from, with <paramref name="right"/> shuffled among <paramref name="wrong"/>.</summary>
    internal static QuizQuestion Make(string heading, string passage, string right, IEnumerable<string> wrong, Attribution source, Language language, RandomSource random)
    {
        var choices = random.Shuffled(wrong.Prepend(right));
        return new QuizQuestion(
            QuestionKind.Source, $"{heading}\n“{QuotationMarks.Nested(passage)}”", choices, Array.IndexOf(choices, right), passage, source, language);
    }
}
