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

    /// <summary>Title words shorter than this are too common to give a text away.</summary>
    private const int MinRevealingLength = 4;

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
            if (RevealsTitle(passage.Text, document, others))
            {
                continue;
            }

            var choices = random.Shuffled(others.Prepend(document.Title));
            return new QuizQuestion(
                QuestionKind.Source,
                $"{QuizWording.WhichText.In(document.Language)}\n“{QuotationMarks.Nested(passage.Text)}”",
                choices,
                Array.IndexOf(choices, document.Title),
                passage.Text,
                DocumentAttribution.Of(document, passage.Block.SectionIndex),
                document.Language);
        }

        return null;
    }

    /// <summary>
    /// Whether the passage writes a word of its text's title that the other titles offered lack, or a form of it
    /// ("workplaces" for "workplace", "Leninist" for "Lenin"): a reader would match the word, not know the text.
    /// </summary>
    private static bool RevealsTitle(string passage, Document document, IReadOnlyList<string> otherTitles)
    {
        var shared = otherTitles.SelectMany(Tokenizer.FoldedWords).ToHashSet(StringComparer.Ordinal);
        var titleWords = Tokenizer.FoldedWords(document.Title)
            .Where(w => w.Length >= MinRevealingLength && !Stopwords.IsStopword(w, document.Language) && !shared.Contains(w))
            .ToArray();
        return Tokenizer.FoldedWords(passage).Any(p => titleWords.Any(t => SameStem(p, t)));
    }

    /// <summary>Whether the word is the title word or a form of it; a short title word such as "RDKS" is also given away by "RDK".</summary>
    private static bool SameStem(string word, string titleWord)
    {
        var shortest = titleWord.Length <= MinRevealingLength ? MinRevealingLength - 1 : MinRevealingLength;
        var stem = Math.Min(Math.Min(word.Length, titleWord.Length), Math.Max(shortest, titleWord.Length - 2));
        return word.Length >= shortest && string.CompareOrdinal(word, 0, titleWord, 0, stem) == 0
            && Math.Abs(word.Length - titleWord.Length) <= 3;
    }
}
