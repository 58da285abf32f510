using System.Globalization;
using System.Text.RegularExpressions;
using StudyBot.Core.Corpus;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// Finds the answers a sentence offers (years, numbers, names, key terms) and keeps every answer of the
/// corpus by kind, so wrong choices are drawn from the texts themselves and match the right one's kind.
/// </summary>
/// <remarks>
/// A capitalised word counts as part of a name only if the corpus never writes it in lower case: that keeps
/// "Communist Party" and "Trade Union" out of the people, without a list of names. Built on first use.
/// </remarks>
public sealed partial class QuizVocabulary
{
    /// <summary>Key terms per document that may be blanked out or offered as wrong choices.</summary>
    private const int TermsPerDocument = 20;
    private const int MinTermLength = 4;

    /// <summary>Numbers below this are mostly days of the month and counts of a few, which make poor questions.</summary>
    private const int MinNumber = 32;

    private static readonly HashSet<string> Months = new(
        "january february march april may june july august september october november december januari februari maart mei juni juli augustus oktober".Split(' '),
        StringComparer.Ordinal);

    /// <summary>Words that make a capitalised run an organisation, building or place rather than a person ("Navy Club", "Winter Palace").</summary>
    private static readonly HashSet<string> InstitutionWords = new(
        ("club palace party union guard guards congress committee council movement group army navy fleet front league federation confederation " +
         "republic soviet international institute assembly government conference commission ministry revolution war  university press books publishers company corporation factory plant works bank street square " +
         "bridge station district city province region oblast state church school vereniging uitgeverij partij bond raad fabriek stad straat").Split(' '),
        StringComparer.Ordinal);

    private static readonly Dictionary<Language, HashSet<string>> PlacePrepositions = new()
    {
        [Language.English] = ["in", "from", "to", "near"],
        [Language.Dutch] = ["in", "uit", "naar", "te", "bij"],
    };

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
        return Find(document, sentence, pools.Value.LowerCaseWords, pools.Value.Terms[document]);
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
        var ordered = random.Shuffled(candidates).OrderBy(c => Distance(answer, c)).ToArray();
        var chosen = new List<string>();
        foreach (var candidate in ordered)
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
        kind is AnswerKind.Year or AnswerKind.Number ? Value(first) == Value(second) : NameSimilarity.AreAlike(first, second);

    /// <summary>How far a candidate is from the answer in kind-specific terms; 0 for kinds without a measure.</summary>
    private static double Distance(AnswerSpan answer, string candidate) => answer.Kind switch
    {
        AnswerKind.Year or AnswerKind.Number => Math.Abs(Math.Log(Value(candidate) + 1) - Math.Log(Value(answer.Text) + 1)),
        AnswerKind.Person => Math.Abs(candidate.Split(' ').Length - answer.Text.Split(' ').Length),
        _ => 0,
    };

    private static double Value(string number) =>
        double.TryParse(number.Replace(",", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

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

        var terms = library.Documents.ToDictionary(
            d => d,
            d => (IReadOnlyList<string>)KeyTerms.Find(d.Sentences, d.Language, index, TermsPerDocument)
                .Where(t => t.Length >= MinTermLength && !t.Contains(' ', StringComparison.Ordinal) && t.All(char.IsLower) && !LooksLikeVerbOrAdverb(t, d.Language))
                .ToArray());
        var years = new List<(Document, string)>();
        var numbers = new List<(Document, string)>();
        var persons = new List<(Document, string)>();
        var places = new List<(Document, string)>();
        foreach (var document in library.Documents)
        {
            foreach (var answer in document.Sentences.SelectMany(s => Find(document, s.Text, lowerCase, terms[document])))
            {
                var list = answer.Kind switch
                {
                    AnswerKind.Year => years,
                    AnswerKind.Number => numbers,
                    AnswerKind.Person => persons,
                    AnswerKind.Place => places,
                    _ => null,
                };
                list?.Add((document, answer.Text));
            }
        }

        return new Pools(lowerCase, terms, years, numbers, persons, places);
    }

    private List<AnswerSpan> Find(Document document, string sentence, HashSet<string> lowerCase, IReadOnlyList<string> terms)
    {
        var answers = new List<AnswerSpan>();
        foreach (Match year in YearPattern().Matches(sentence))
        {
            answers.Add(new AnswerSpan(AnswerKind.Year, year.Index, year.Length, year.Value));
        }

        foreach (Match number in NumberPattern().Matches(sentence))
        {
            if (!YearPattern().IsMatch(number.Value) && Value(number.Value) >= MinNumber)
            {
                answers.Add(new AnswerSpan(AnswerKind.Number, number.Index, number.Length, number.Value));
            }
        }

        var words = Tokenizer.Words(sentence).ToArray();
        var prepositions = PlacePrepositions.GetValueOrDefault(document.Language) ?? PlacePrepositions[Language.English];
        for (var i = 0; i < words.Length;)
        {
            var end = i;
            while (end < words.Length && IsProperWord(words[end].Text, document.Language, lowerCase)
                && (end == i || sentence.AsSpan(words[end - 1].Start + words[end - 1].Length, words[end].Start - words[end - 1].Start - words[end - 1].Length) is " "))
            {
                end++;
            }

            if (end - i is 2 or 3 && IsPersonRun(words, i, end))
            {
                var start = words[i].Start;
                var length = words[end - 1].Start + words[end - 1].Length - start;
                answers.Add(new AnswerSpan(AnswerKind.Person, start, length, sentence.Substring(start, length)));
            }
            else if (end - i == 1 && i > 0 && prepositions.Contains(TextFolding.Fold(words[i - 1].Text)))
            {
                answers.Add(new AnswerSpan(AnswerKind.Place, words[i].Start, words[i].Length, words[i].Text));
            }

            i = Math.Max(end, i + 1);
        }

        foreach (var word in words)
        {
            if (terms.Contains(word.Text))
            {
                answers.Add(new AnswerSpan(AnswerKind.Term, word.Start, word.Length, word.Text));
            }
        }

        answers.Sort((a, b) => a.Start.CompareTo(b.Start));
        return answers;
    }

    /// <summary>
    /// Whether proper words <paramref name="start"/> to <paramref name="end"/> name a person: the run is not part
    /// of a longer capitalised name ("Turkish Armed Forces Pension Fund"), has no institution word and no
    /// hyphenated word ("Birlesik Metal-İs").
    /// </summary>
    private static bool IsPersonRun(WordToken[] words, int start, int end) =>
        (start == 0 || !char.IsUpper(words[start - 1].Text[0]) || start == 1)
        && (end == words.Length || !char.IsUpper(words[end].Text[0]))
        && !words[start..end].Any(w => InstitutionWords.Contains(TextFolding.Fold(w.Text)) || w.Text.Any(Tokenizer.IsJoiner));

    /// <summary>English key terms ending like a past tense, participle or adverb ("became", "working") make blanks that grammar alone fills.</summary>
    private static bool LooksLikeVerbOrAdverb(string term, Language language) =>
        language == Language.English && (term.EndsWith("ed", StringComparison.Ordinal) || term.EndsWith("ing", StringComparison.Ordinal)
            || term.EndsWith("ly", StringComparison.Ordinal) || term is "became" or "become" or "made" or "took" or "began");

    /// <summary>
    /// A capitalised word (not an acronym such as "RDK" or "IInd", not a possessive) that the corpus never
    /// writes in lower case.
    /// </summary>
    private bool IsProperWord(string word, Language language, HashSet<string> lowerCase)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1]) || word.Contains('\'', StringComparison.Ordinal) || word.Contains('’', StringComparison.Ordinal))
        {
            return false;
        }

        var folded = TextFolding.Fold(word);
        return !lowerCase.Contains(folded) && !Months.Contains(folded) && !index.IsStopword(folded, language);
    }

    [GeneratedRegex(@"(?<![\d.,])(1[5-9]\d{2}|20\d{2})(?![\d%]|[.,]\d)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?<![\d.,\w])(\d{1,3}(?:[.,]\d{3})+|\d{2,})(?![\d\w]|[.,]\d)")]
    private static partial Regex NumberPattern();

    private sealed record Pools(
        HashSet<string> LowerCaseWords,
        Dictionary<Document, IReadOnlyList<string>> Terms,
        List<(Document Document, string Text)> Years,
        List<(Document Document, string Text)> Numbers,
        List<(Document Document, string Text)> Persons,
        List<(Document Document, string Text)> Places);
}
