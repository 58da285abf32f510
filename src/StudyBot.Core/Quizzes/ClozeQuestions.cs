using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;
using StudyBot.Core.Quotes;
using StudyBot.Core.Randomness;
using StudyBot.Core.Text;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// Fill-in-the-blank questions: a sentence that reads on its own, with one year, number, name or key term
/// blanked, and three wrong choices of the same kind from the corpus.
/// </summary>
public sealed class ClozeQuestions
{
    public const string Blank = "_____";
    /// <summary>Shorter sentences leave too little to tell the answer by ("The authorities started a campaign of pressure on _____ unions.").</summary>
    private const int MinWords = 10;
    private const int MaxWords = 45;
    private const int WrongChoices = 3;
    private const int ContextWords = 3;

    /// <summary>Words on each side of a blanked term whose content words make up its company (see <see cref="BlankContext.Company"/>).</summary>
    private const int CompanyWords = 4;

    /// <summary>Beginnings of words that count time from a known year, in English and Dutch.</summary>
    private static readonly string[] Reckonings = ["centur", "centenar", "centennial", "anniversar", "jubile", "decade", "eeuw", "verjaardag", "decenni"];

    private readonly QuizVocabulary vocabulary;

    public ClozeQuestions(QuizVocabulary vocabulary)
    {
        this.vocabulary = vocabulary;
    }

    /// <summary>A question from the sentence, or null when it offers no answer that makes a fair question.</summary>
    /// <param name="document">The sentence's document.</param>
    /// <param name="sentence">The sentence to blank.</param>
    /// <param name="random">Chooses the answer and shuffles the choices.</param>
    /// <param name="allowTerms">
    /// Whether a key term may be blanked when the sentence has no year, number or name: a term's wrong choices
    /// are the likeliest to fit the sentence too, so a quiz asks them only when it runs out of sharper questions.
    /// </param>
    /// <param name="excluded">Kinds of answer not to blank, such as the kinds a quiz already has its share of.</param>
    public QuizQuestion? TryCreate(Document document, Sentence sentence, RandomSource random, bool allowTerms = true, IReadOnlySet<AnswerKind>? excluded = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(random);
        // A note reference is meaningless on its own and would stand beside the blank.
        var text = FootnoteMarkers.Remove(sentence.Text);
        if (!document.Blocks[sentence.BlockIndex].IsProse || text.CountWords() is < MinWords or > MaxWords
            || !QuoteRules.StartsLikeASentence(text) || !QuoteRules.EndsLikeASentence(text)
            || !QuoteRules.IsBalanced(text) || QuoteRules.HasEditorialMarks(text) || QuoteRules.PointsBack(text, document.Language))
        {
            return null;
        }

        // Years, numbers and names make the sharpest questions; a key term only when the sentence has none of those.
        // The heading of a quiz shows the document's title, so an answer written in the title is given away.
        var title = TextFolding.Fold(document.Title);
        // An adjective is never blanked: beside its noun, most adjectives of the text fit ("the _____ power": political,
        // military, national), so only the text's own choice would be right, which no reader can tell.
        var answers = vocabulary.FindAnswers(document, text)
            .Where(a => excluded?.Contains(a.Kind) != true && !title.Contains(TextFolding.Fold(a.Text), StringComparison.Ordinal)
                && (a.Kind != AnswerKind.Term || (allowTerms && IsNoun(a.Text, document.Language) && !ModifiesANoun(text, a, document.Language)
                    && TermShapes.DeterminerBefore(text, a, document.Language) is not null)))
            .ToArray();
        var sharp = answers.Where(a => a.Kind != AnswerKind.Term).ToArray();
        foreach (var answer in random.Shuffled(sharp.Length > 0 ? sharp : answers))
        {
            if (answer.Kind is AnswerKind.Year or AnswerKind.Number && PointsBackAt(text, answer)
                || answer.Kind == AnswerKind.Year && ReckonsTheYear(text))
            {
                continue;
            }

            var blanked = string.Concat(text.AsSpan(0, answer.Start), Blank, text.AsSpan(answer.Start + answer.Length));

            // The answer written elsewhere in the sentence ("1920" twice, "strike" beside "strikes") would give it away,
            // and so would a person's surname ("a statement by _____ ...: in his statement, Shlyapnikov proposed").
            if (TextFolding.Fold(blanked).Contains(TextFolding.Fold(answer.Text), StringComparison.Ordinal)
                || answer.Kind == AnswerKind.Person && NamedElsewhere(blanked, answer.Text))
            {
                continue;
            }

            var context = Context(text, answer, document.Language) with { Section = sentence.SectionIndex };
            if (answer.Kind == AnswerKind.Term && !vocabulary.IsSetPhrase(answer, document, context))
            {
                continue;
            }

            var wrong = vocabulary.WrongChoices(answer, document, blanked, WrongChoices, random, blank: context);
            if (wrong.Count < WrongChoices)
            {
                continue;
            }

            var choices = random.Shuffled(wrong.Prepend(answer.Text));
            return new QuizQuestion(
                QuestionKind.Cloze,
                $"{QuizWording.Missing(answer.Kind).In(document.Language)}\n“{QuotationMarks.Nested(blanked)}”",
                choices,
                Array.IndexOf(choices, answer.Text),
                text,
                DocumentAttribution.Of(document, sentence.SectionIndex),
                document.Language)
            {
                BlankKind = answer.Kind,
            };
        }

        return null;
    }

    /// <summary>
    /// Whether a content word follows the term directly ("the _____ cell"): there the term qualifies the next noun, and
    /// nearly any noun of the text would make sense ("factory cell", "district cell", "party cell").
    /// </summary>
    private static bool ModifiesANoun(string text, AnswerSpan answer, Language language)
    {
        var rest = text[(answer.Start + answer.Length)..];
        return rest is [' ', var next, ..] && char.IsLetter(next)
            && Tokenizer.FoldedWords(rest).FirstOrDefault() is { } word && !Stopwords.IsStopword(word, language);
    }

    /// <summary>Whether the sentence writes a part of the name (a surname, alone, possessive or in a compound: "anti-Nazarbayev") outside the blank.</summary>
    private static bool NamedElsewhere(string blanked, string name)
    {
        var parts = Tokenizer.FoldedWords(name).Where(w => w.Length > 2).ToArray();
        return Tokenizer.FoldedWords(blanked).SelectMany(w => w.Split('-')).Any(word => parts.Any(part =>
            word.StartsWith(part, StringComparison.Ordinal) && (word.Length == part.Length || word[part.Length] is '\'' or '’')));
    }

    private static bool IsNoun(string term, Language language) =>
        TermShapes.Of(term, language) is TermShape.SingularNoun or TermShape.PluralNoun;

    /// <summary>
    /// Whether the sentence counts its time from another ("the first year of the new century", "the 95th anniversary of
    /// the Russian Revolution", "haar eeuwfeest"): a reader works the year out from the words around the blank.
    /// </summary>
    private static bool ReckonsTheYear(string text) =>
        Tokenizer.FoldedWords(text).Any(word => Reckonings.Any(r => word.StartsWith(r, StringComparison.Ordinal)));

    /// <summary>"In the same _____": a year or number the sentence says was given before, which only the text before tells.</summary>
    private static bool PointsBackAt(string text, AnswerSpan answer) =>
        Tokenizer.FoldedWords(text[..answer.Start]).LastOrDefault() is "same" or "that" or "this" or "zelfde" or "dat" or "dit";

    /// <summary>The words on each side of the answer, out to the nearest content word, at most <see cref="ContextWords"/>.</summary>
    private static BlankContext Context(string text, AnswerSpan answer, Language language)
    {
        var before = Tokenizer.FoldedWords(text[..answer.Start]).Reverse().ToArray();
        var after = Tokenizer.FoldedWords(text[(answer.Start + answer.Length)..]).ToArray();
        if (answer.Kind != AnswerKind.Term)
        {
            return new BlankContext(Phrase(before, language).Reverse().ToArray(), Phrase(after, language));
        }

        return new BlankContext(Phrase(before, language).Reverse().ToArray(), Phrase(after, language), TermShapes.DeterminerBefore(text, answer, language))
        {
            Company = before.Take(CompanyWords).Concat(after.Take(CompanyWords)).Where(w => IsContentWord(w, language)).ToArray(),
        };
    }

    private static bool IsContentWord(string word, Language language) => !Stopwords.IsStopword(word, language) && !word.All(char.IsDigit);

    /// <summary>Words from the blank outwards up to and including the first content word; none when there is no content word near.</summary>
    private static string[] Phrase(string[] outwards, Language language)
    {
        var end = Array.FindIndex(outwards, w => IsContentWord(w, language));
        return end is >= 0 and < ContextWords ? outwards[..(end + 1)] : [];
    }
}
