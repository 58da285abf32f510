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
/// It may be the answer when one of its passages makes a fair question: the passage writes no word of its heading
/// and leaves three other headings to offer beside it. Each such section is the answer equally often: drawing any
/// section and trying again when its passage gave a heading away made the one section whose passages seldom name a
/// heading the answer to most questions ("Seeping into the working class" in 1,700 of 1,950 draws on workplace-cells).
/// </remarks>
public sealed class SectionQuestions
{
    public const int MinSections = 4;

    private readonly QuoteCatalog quotes;
    private readonly ConditionalWeakTable<Document, IReadOnlyList<QuizSection>> usable = [];

    public SectionQuestions(QuoteCatalog quotes)
    {
        this.quotes = quotes;
    }

    /// <summary>Whether a passage of the document makes a fair question, which takes four sections to offer.</summary>
    public bool IsAvailable(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Usable(document).Any(s => s.Passages.Count > 0);
    }

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
        var answers = sections.Where(s => s.Passages.Count > 0).ToArray();
        if (answers.Length == 0)
        {
            return null;
        }

        // Every passage kept makes a fair question about its section: three other headings always fit beside it.
        var right = random.Pick(answers);
        var passage = random.Pick(right.Passages);
        var others = Others(random.Shuffled(sections), right, Tokenizer.FoldedWords(passage.Text).ToArray(), document.Language);
        return SourceQuestions.Make(
            QuizWording.WhichPart.Format(document.Language, QuotationMarks.Nested(document.Title)),
            passage.Text,
            right.Title,
            others.Select(o => o.Title),
            DocumentAttribution.Of(document, right.Section.Index),
            document.Language,
            random);
    }

    /// <summary>
    /// Three other headings, none holding another offered one ("Congress" beside "10th Congress" would hint) or sharing
    /// a word with one ("Lang leve oktober!" beside "Ter verdediging van oktober": a passage on the October revolution
    /// would leave those two to choose from), and none with a word the passage writes and the right heading lacks:
    /// "capitalism" in the passage would point to "Capitalism has had its day" when the passage is from another part.
    /// The first such three in the given order, or none when no three fit.
    /// </summary>
    private static QuizSection[] Others(IReadOnlyList<QuizSection> order, QuizSection right, string[] passageWords, Language language)
    {
        var fitting = order.Where(s => !ReferenceEquals(s, right) && Apart(s, right) && !TitleClues.GiveAway(passageWords, s.Title, [right.Title], language)).ToArray();
        var chosen = new List<QuizSection>(MinSections - 1);
        return Choose(fitting, 0, chosen) ? [.. chosen] : [];
    }

    // Backtracks over the fitting headings for three that keep apart from each other; a greedy pass may take one
    // that rules out the only two left that fit.
    private static bool Choose(QuizSection[] fitting, int from, List<QuizSection> chosen)
    {
        if (chosen.Count == MinSections - 1)
        {
            return true;
        }

        for (var i = from; i < fitting.Length; i++)
        {
            if (chosen.TrueForAll(c => Apart(c, fitting[i])))
            {
                chosen.Add(fitting[i]);
                if (Choose(fitting, i + 1, chosen))
                {
                    return true;
                }

                chosen.RemoveAt(chosen.Count - 1);
            }
        }

        return false;
    }

    /// <summary>Whether two headings may be offered together: neither holds the other, and they share no word.</summary>
    private static bool Apart(QuizSection first, QuizSection second) =>
        !first.FoldedTitle.Contains(second.FoldedTitle, StringComparison.Ordinal)
        && !second.FoldedTitle.Contains(first.FoldedTitle, StringComparison.Ordinal)
        && !first.TitleWords.Overlaps(second.TitleWords);

    /// <summary>The heading's words that say what it is about, by stem: "revolutie" in "Maakt een revolutie alles nog erger?".</summary>
    private static HashSet<string> TitleWords(string title, Language language) =>
        Tokenizer.FoldedWords(title).Where(w => !Stopwords.IsStopword(w, language)).Select(w => WordStems.Of(w, language)).ToHashSet(StringComparer.Ordinal);

    private IReadOnlyList<QuizSection> Usable(Document document) => usable.GetValue(document, Find);

    private IReadOnlyList<QuizSection> Find(Document document)
    {
        var title = TextFolding.Fold(document.Title);
        var passages = quotes.For(document).ToLookup(q => q.Block.SectionIndex);

        // Two sections under one heading ("Introduction" twice) would make either answer right.
        var named = document.Sections
            .Where(s => s.Blocks.Any(b => b.Kind == BlockKind.Heading) && ReferenceHeadings.KindUnder(s.Title) is null)
            .Where(s => !title.Contains(TextFolding.Fold(s.Title), StringComparison.Ordinal))
            .GroupBy(s => TextFolding.Fold(s.Title), StringComparer.Ordinal)
            .Where(g => g.Count() == 1 && passages[g.Single().Index].Any())
            .Select(g => new QuizSection(g.Single(), [], g.Key, TitleWords(g.Single().Title, document.Language)))
            .ToArray();
        return named
            .Select(s => s with { Passages = Fair(passages[s.Section.Index], s, named, document.Language) })
            .ToArray();
    }

    /// <summary>
    /// The passages that make a fair question about their section, one from each sentence where no earlier one
    /// reaches, as runs overlap ("A B C", then "B C") and two questions of one quiz would otherwise show a sentence
    /// twice: the longest run that writes no word of the heading and leaves three others to offer.
    /// </summary>
    private static QuoteCandidate[] Fair(IEnumerable<QuoteCandidate> candidates, QuizSection section, QuizSection[] named, Language language)
    {
        var fair = new List<QuoteCandidate>();
        var free = -1;
        foreach (var runs in candidates.GroupBy(c => c.FirstSentence).OrderBy(g => g.Key))
        {
            if (runs.Key < free)
            {
                continue;
            }

            var run = runs.OrderByDescending(r => r.SentenceCount).FirstOrDefault(r =>
                !TitleClues.GiveAway(r.Text, section.Title, [], language)
                && Others(named, section, Tokenizer.FoldedWords(r.Text).ToArray(), language).Length == MinSections - 1);
            if (run is not null)
            {
                fair.Add(run);
                free = run.FirstSentence + run.SentenceCount;
            }
        }

        return [.. fair];
    }
}
