using System.Collections.Concurrent;
using StudyBot.Core.Corpus;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// The answers of the corpus by kind, so wrong choices are drawn from the texts themselves and match the
/// right one's kind: years with years, numbers with numbers, names with names, terms with terms.
/// </summary>
/// <remarks>
/// Each document's answers are found the first time a question needs them and kept. Wrong choices come
/// from the question's document first, then from the documents after it in the library, read only until
/// there are <see cref="EnoughCandidates"/> to choose from and never more than <see cref="MaxPoolDocuments"/>,
/// so a quiz on a large corpus reads a few documents, not all of them.
/// </remarks>
public sealed class QuizVocabulary
{
    /// <summary>Candidates of one kind that are enough to draw varied wrong choices from.</summary>
    private const int EnoughCandidates = 60;

    /// <summary>Documents read at most for the wrong choices of one question.</summary>
    private const int MaxPoolDocuments = 12;

    /// <summary>Key terms per document that may be blanked out or offered as wrong choices.</summary>
    private const int TermsPerDocument = 20;
    private const int MinTermLength = 4;

    private readonly CorpusLibrary library;
    private readonly CorpusSearchIndex index;
    private readonly Lazy<AnswerFinder> finder;
    private readonly ConcurrentDictionary<Document, Lazy<DocumentAnswers>> documents = new();

    public QuizVocabulary(CorpusLibrary library, CorpusSearchIndex index)
    {
        this.library = library;
        this.index = index;
        finder = new Lazy<AnswerFinder>(() => new AnswerFinder(LowerCaseWords(), index));
    }

    /// <summary>The possible answers in a sentence of <paramref name="document"/>, in reading order.</summary>
    public IReadOnlyList<AnswerSpan> FindAnswers(Document document, string sentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentence);
        return finder.Value.Find(document, sentence, Answers(document).Terms);
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

        // Numbers are written differently per language ("1,500", "1.500"), and names and terms belong to one; years do not.
        var foldedPrompt = TextFolding.Fold(prompt);
        var candidates = PoolDocuments(document)
            .Take(MaxPoolDocuments)
            .Where(d => (!fromOtherDocuments || d != document) && (answer.Kind == AnswerKind.Year || d.Language == document.Language))
            .SelectMany(d => answer.Kind == AnswerKind.Term ? Answers(d).Terms : Answers(d).ByKind[answer.Kind])
            .Distinct(StringComparer.Ordinal)
            .Where(c => !Alike(answer.Kind, c, answer.Text) && !foldedPrompt.Contains(TextFolding.Fold(c), StringComparison.Ordinal))
            .Take(EnoughCandidates);
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

    /// <summary>The document, then the others in library order after it, wrapping around.</summary>
    private IEnumerable<Document> PoolDocuments(Document document)
    {
        var all = library.Documents;
        var position = 0;
        while (position < all.Count && all[position] != document)
        {
            position++;
        }

        if (position == all.Count)
        {
            yield return document;
            position = 0;
        }

        for (var i = 0; i < all.Count; i++)
        {
            yield return all[(position + i) % all.Count];
        }
    }

    private DocumentAnswers Answers(Document document) =>
        documents.GetOrAdd(document, d => new Lazy<DocumentAnswers>(() => Collect(d))).Value;

    private DocumentAnswers Collect(Document document)
    {
        var terms = KeyTerms.Find(document.Sentences, document.Language, index, TermsPerDocument)
            .Where(t => t.Length >= MinTermLength && t.All(char.IsLower) && !LooksLikeVerbOrAdverb(t, document.Language))
            .ToHashSet(StringComparer.Ordinal);
        var answers = document.Sentences.SelectMany(s => finder.Value.Find(document, s.Text, terms));
        return new DocumentAnswers(terms, answers.Where(a => a.Kind != AnswerKind.Term).ToLookup(a => a.Kind, a => a.Text));
    }

    /// <summary>Every folded word the corpus writes in lower case somewhere; what tells names from ordinary words.</summary>
    private HashSet<string> LowerCaseWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        // Going through Sentence objects would make and keep one for every sentence of the corpus on the first quiz.
        foreach (var text in library.Documents.SelectMany(d => d.Blocks).SelectMany(b => b.SentenceTexts()))
        {
            var scanner = new TermScanner(text, buffer);
            while (scanner.MoveNext())
            {
                if (!scanner.IsPart && char.IsLower(text[scanner.Start]))
                {
                    lookup.Add(scanner.Term);
                }
            }
        }

        return words;
    }

    private sealed record DocumentAnswers(IReadOnlyCollection<string> Terms, ILookup<AnswerKind, string> ByKind);
}
