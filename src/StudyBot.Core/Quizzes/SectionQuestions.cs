using System.Runtime.CompilerServices;
using StudyBot.Core.Corpus;
using StudyBot.Core.Corpus.Structure;
using StudyBot.Core.Documents;
using StudyBot.Core.Quotes;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Text;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// "Which part of this text is this passage from?" with four section headings of one text: the source question of a
/// quiz on one text, whose title would answer "which text" every time.
/// </summary>
/// <remarks>
/// A section may be offered when it has a heading of its own (not the text's title, which the first section often
/// repeats), is not notes or references, has a heading no other section shares, and holds a passage to quote.
/// </remarks>
public sealed class SectionQuestions
{
    public const int MinSections = 4;
    private const int Attempts = 20;

    private readonly QuoteCatalog quotes;
    private readonly ConditionalWeakTable<Document, IReadOnlyList<QuizSection>> usable = [];

    public SectionQuestions(QuoteCatalog quotes)
    {
        this.quotes = quotes;
    }

    /// <summary>Whether the document has enough sections to offer four.</summary>
    public bool IsAvailable(Document document) => UsableCount(document) >= MinSections;

    /// <summary>How many sections of the document a section question may name.</summary>
    public int UsableCount(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Usable(document).Count;
    }

    /// <summary>A question about a passage of one of the document's sections, or null when none fits.</summary>
    public QuizQuestion? TryCreate(Document document, RandomSource random)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(random);
        var sections = Usable(document);
        if (sections.Count < MinSections)
        {
            return null;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var right = random.Pick(sections);
            var passage = random.Pick(right.Passages);
            var others = Others(sections, right, passage.Text, document.Language, random);
            if (others.Length < MinSections - 1 || TitleClues.GiveAway(passage.Text, right.Title, others, document.Language))
            {
                continue;
            }

            var choices = random.Shuffled(others.Prepend(right.Title));
            return new QuizQuestion(
                QuestionKind.Source,
                $"{QuizWording.WhichPart.Format(document.Language, QuotationMarks.Nested(document.Title))}\n“{QuotationMarks.Nested(passage.Text)}”",
                choices,
                Array.IndexOf(choices, right.Title),
                passage.Text,
                DocumentAttribution.Of(document, right.Section.Index),
                document.Language);
        }

        return null;
    }

    /// <summary>
    /// Three other headings, none holding another offered one ("Congress" beside "10th Congress" would hint) or sharing
    /// a word with one ("Lang leve oktober!" beside "Ter verdediging van oktober": a passage on the October revolution
    /// would leave those two to choose from), and none with a word the passage writes and the right heading lacks:
    /// "capitalism" in the passage would point to "Capitalism has had its day" when the passage is from another part.
    /// </summary>
    private static string[] Others(IReadOnlyList<QuizSection> sections, QuizSection right, string passage, Language language, RandomSource random)
    {
        var offered = new List<string> { TextFolding.Fold(right.Title) };
        var offeredWords = new HashSet<string>(TitleWords(right.Title, language), StringComparer.Ordinal);
        var others = new List<string>(MinSections - 1);
        foreach (var section in random.Shuffled(sections))
        {
            var folded = TextFolding.Fold(section.Title);
            var words = TitleWords(section.Title, language);
            if (others.Count < MinSections - 1 && !offered.Any(o => o.Contains(folded, StringComparison.Ordinal) || folded.Contains(o, StringComparison.Ordinal))
                && !words.Any(offeredWords.Contains)
                && !TitleClues.GiveAway(passage, section.Title, [right.Title], language))
            {
                offered.Add(folded);
                offeredWords.UnionWith(words);
                others.Add(section.Title);
            }
        }

        return [.. others];
    }

    /// <summary>The heading's words that say what it is about, by stem: "revolutie" in "Maakt een revolutie alles nog erger?".</summary>
    private static string[] TitleWords(string title, Language language) =>
        Tokenizer.FoldedWords(title).Where(w => !Stopwords.IsStopword(w, language)).Select(w => WordStems.Of(w, language)).ToArray();

    private IReadOnlyList<QuizSection> Usable(Document document) => usable.GetValue(document, Find);

    private IReadOnlyList<QuizSection> Find(Document document)
    {
        var title = TextFolding.Fold(document.Title);
        var passages = quotes.For(document).ToLookup(q => q.Block.SectionIndex);

        // Two sections under one heading ("Introduction" twice) would make either answer right.
        return document.Sections
            .Where(s => s.Blocks.Any(b => b.Kind == BlockKind.Heading) && ReferenceHeadings.KindUnder(s.Title) is null)
            .Where(s => !title.Contains(TextFolding.Fold(s.Title), StringComparison.Ordinal))
            .GroupBy(s => TextFolding.Fold(s.Title), StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .Select(g => new QuizSection(g.Single(), Apart(passages[g.Single().Index], g.Single().Title, document.Language)))
            .Where(s => s.Passages.Count > 0)
            .ToArray();
    }

    /// <summary>
    /// One run from each sentence where no earlier run reaches, as runs overlap ("A B C", then "B C") and two questions
    /// of one quiz would otherwise show a sentence twice: the longest that writes no word of the heading, else the shortest.
    /// </summary>
    private static QuoteCandidate[] Apart(IEnumerable<QuoteCandidate> candidates, string heading, Language language)
    {
        var apart = new List<QuoteCandidate>();
        var free = -1;
        foreach (var runs in candidates.GroupBy(c => c.FirstSentence).OrderBy(g => g.Key))
        {
            if (runs.Key < free)
            {
                continue;
            }

            var byLength = runs.OrderByDescending(r => r.SentenceCount).ToArray();
            var run = byLength.FirstOrDefault(r => !TitleClues.GiveAway(r.Text, heading, [], language)) ?? byLength[^1];
            apart.Add(run);
            free = run.FirstSentence + run.SentenceCount;
        }

        return [.. apart];
    }
}
