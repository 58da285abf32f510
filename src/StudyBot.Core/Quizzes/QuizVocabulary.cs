using StudyBot.Core.Corpus;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// Every answer of the corpus by kind, so wrong choices are drawn from the texts themselves and match the
/// right one's kind: years with years, numbers with numbers, names with names, terms with terms.
/// </summary>
/// <remarks>Built on first use: it reads the whole corpus once.</remarks>
public sealed class QuizVocabulary
{
    /// <summary>Key terms per document that may be blanked out or offered as wrong choices.</summary>
    private const int TermsPerDocument = 20;
    private const int MinTermLength = 4;

    private readonly CorpusLibrary library;
    private readonly CorpusSearchIndex index;
    private readonly Lazy<Pools> pools;

    public QuizVocabulary(CorpusLibrary library, CorpusSearchIndex index)
    {
        this.library = library;
        this.index = index;
        pools = new Lazy<Pools>(Build);
    }

    /// <summary>The possible answers in a sentence of <paramref name="document"/>, in reading order.</summary>
    public IReadOnlyList<AnswerSpan> FindAnswers(Document document, string sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        var all = pools.Value;
        return all.Finder.Find(document, sentence, all.Terms.GetValueOrDefault(document) ?? []);
    }

    /// <summary>
    /// Up to <paramref name="count"/> wrong choices of the answer's kind, none alike to it or to each other,
    /// none written in <paramref name="prompt"/>; nearby years and numbers of similar size first.
    /// </summary>
    /// <param name="answer">The right answer.</param>
    /// <param name="document">The document the question is about.</param>
    /// <param name="prompt">The question as shown.</param>
    /// <param name="count">How many wrong choices are wanted.</param>
    /// <param name="random">Shuffles candidates of equal preference.</param>
    /// <param name="fromOtherDocuments">Draw only from other documents, for questions where another name of the same text might also be right.</param>
    public IReadOnlyList<string> WrongChoices(AnswerSpan answer, Document document, string prompt, int count, RandomSource random, bool fromOtherDocuments = false)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(random);
        var all = pools.Value;
        IEnumerable<(Document Document, string Text)> pool = answer.Kind switch
        {
            AnswerKind.Year => all.Years,
            AnswerKind.Number => all.Numbers.Where(n => n.Document.Language == document.Language),
            AnswerKind.Person => all.Persons.Where(n => n.Document.Language == document.Language),
            AnswerKind.Place => all.Places.Where(n => n.Document.Language == document.Language),
            _ => all.Terms.Where(t => t.Key.Language == document.Language).SelectMany(t => t.Value.Select(term => (t.Key, term))),
        };
        if (fromOtherDocuments)
        {
            pool = pool.Where(p => p.Document != document);
        }

        var foldedPrompt = TextFolding.Fold(prompt);
        var candidates = pool.Select(p => p.Text)
            .Distinct(StringComparer.Ordinal)
            .Where(c => !Alike(answer.Kind, c, answer.Text) && !foldedPrompt.Contains(TextFolding.Fold(c), StringComparison.Ordinal));
        var chosen = new List<string>();
        foreach (var candidate in random.Shuffled(candidates).OrderBy(c => Distance(answer, c)))
        {
            if (!chosen.Exists(c => Alike(answer.Kind, c, candidate)))
            {
                chosen.Add(candidate);
                if (chosen.Count == count)
                {
                    break;
                }
            }
        }

        return chosen;
    }

    /// <summary>Years and numbers are alike only when equal ("1,500" and "1500"); words and names also when spelled nearly alike.</summary>
    private static bool Alike(AnswerKind kind, string first, string second) =>
        kind is AnswerKind.Year or AnswerKind.Number
            ? AnswerFinder.NumericValue(first) == AnswerFinder.NumericValue(second)
            : NameSimilarity.AreAlike(first, second);

    /// <summary>How far a candidate is from the answer in kind-specific terms; 0 for kinds without a measure.</summary>
    private static double Distance(AnswerSpan answer, string candidate) => answer.Kind switch
    {
        AnswerKind.Year or AnswerKind.Number => Math.Abs(Math.Log(AnswerFinder.NumericValue(candidate) + 1) - Math.Log(AnswerFinder.NumericValue(answer.Text) + 1)),
        AnswerKind.Person => Math.Abs(candidate.Split(' ').Length - answer.Text.Split(' ').Length),
        _ => 0,
    };

    /// <summary>English key terms ending like a past tense, participle or adverb ("became", "working") make blanks that grammar alone fills.</summary>
    private static bool LooksLikeVerbOrAdverb(string term, Language language) =>
        language == Language.English && (term.EndsWith("ed", StringComparison.Ordinal) || term.EndsWith("ing", StringComparison.Ordinal)
            || term.EndsWith("ly", StringComparison.Ordinal) || term is "became" or "become" or "made" or "took" or "began");

    private Pools Build()
    {
        var lowerCase = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in library.Documents.SelectMany(d => d.Sentences))
        {
            foreach (var word in Tokenizer.Words(sentence.Text).Where(w => char.IsLower(w.Text[0])))
            {
                lowerCase.Add(TextFolding.Fold(word.Text));
            }
        }

        var finder = new AnswerFinder(lowerCase, index);
        var terms = library.Documents.ToDictionary(
            d => d,
            d => (IReadOnlyCollection<string>)KeyTerms.Find(d.Sentences, d.Language, index, TermsPerDocument)
                .Where(t => t.Length >= MinTermLength && t.All(char.IsLower) && !LooksLikeVerbOrAdverb(t, d.Language))
                .ToHashSet(StringComparer.Ordinal));
        var answers = library.Documents
            .SelectMany(d => d.Sentences.SelectMany(s => finder.Find(d, s.Text, terms[d])).Select(a => (Document: d, a.Kind, a.Text)))
            .ToArray();
        List<(Document, string)> Of(AnswerKind kind) => answers.Where(a => a.Kind == kind).Select(a => (a.Document, a.Text)).ToList();
        return new Pools(finder, terms, Of(AnswerKind.Year), Of(AnswerKind.Number), Of(AnswerKind.Person), Of(AnswerKind.Place));
    }

    private sealed record Pools(
        AnswerFinder Finder,
        Dictionary<Document, IReadOnlyCollection<string>> Terms,
        List<(Document Document, string Text)> Years,
        List<(Document Document, string Text)> Numbers,
        List<(Document Document, string Text)> Persons,
        List<(Document Document, string Text)> Places);
}
