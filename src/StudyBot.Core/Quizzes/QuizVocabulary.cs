using System.Collections.Concurrent;
using StudyBot.Core.Corpus;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// The answers of the corpus by kind, so wrong choices are drawn from the texts themselves and match the
/// right one's kind: years with years, numbers with numbers of the same unit, people with people, places with
/// places of the same scale (<see cref="PlaceScales"/>), terms with terms of the same part of speech and inflection.
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

    /// <summary>Sentences of a candidate read at most to see whether it fits the blank too.</summary>
    private const int MaxContextSentences = 25;

    /// <summary>How near the blank's content word a wrong choice may stand elsewhere before it counts as fitting the blank too.</summary>
    private const int NeighbourWindow = 3;

    /// <summary>
    /// Times a term must stand beside the blank's words in its document before a reader can tell it from any other
    /// general noun there: once is only this sentence.
    /// </summary>
    private const int SetPhraseOccurrences = 2;

    /// <summary>
    /// Years apart the times of two people's sections may be for one to stand in for the other: the Workers' Opposition
    /// of 1920 and the October of 1917 are one story, the Kazakh strikes of the 1990s another.
    /// </summary>
    private const int MaxEraDistance = 20;

    /// <summary>Years apart a wrong year of the question's own text may be and still come before nearer years of other texts.</summary>
    private const int MaxSameTextYearGap = 15;

    /// <summary>How far (log of the ratio) a wrong number may be from the answer: ten times.</summary>
    private static readonly double MaxNumberDistance = Math.Log(10);

    /// <summary>How many times more often than all other words the answer must stand where the blank is, for the text to single it out.</summary>
    private const int OtherFillerRatio = 3;

    /// <summary>Words on each side of a term that make up the company it keeps.</summary>
    private const int CompanyWindow = 4;

    /// <summary>
    /// Terms whose company is this alike are near-synonyms in the text ("revolution", "insurrection"): both could
    /// fill the same blank.
    /// </summary>
    private const double MaxCompanySimilarity = 0.15;

    private readonly CorpusLibrary library;
    private readonly CorpusSearchIndex index;
    private readonly Lazy<AnswerFinder> finder;
    private readonly ConcurrentDictionary<Document, Lazy<DocumentAnswers>> documents = new();

    /// <summary>
    /// <see cref="IsSetPhrase"/> by document, term and the blank's words: answering it reads every sentence that holds
    /// the blank's neighbours, and quizzes draw the same sentences again and again.
    /// </summary>
    private readonly ConcurrentDictionary<(Document Document, string Key), bool> setPhrases = new();

    /// <summary>Set-phrase answers kept at most; past that they are worked out each time, so a huge corpus cannot fill memory.</summary>
    private const int MaxSetPhrases = 100_000;

    public QuizVocabulary(CorpusLibrary library, CorpusSearchIndex index)
    {
        this.library = library;
        this.index = index;
        finder = new Lazy<AnswerFinder>(() => new AnswerFinder(new NameEvidence(library), index));
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
    /// none written in <paramref name="prompt"/>, none that the corpus writes in the blank's context; from the
    /// same document first, nearby years and numbers of similar size first.
    /// </summary>
    /// <param name="answer">The right answer.</param>
    /// <param name="document">The document the question is about.</param>
    /// <param name="prompt">The question as shown.</param>
    /// <param name="count">How many wrong choices are wanted.</param>
    /// <param name="random">Shuffles candidates of equal preference.</param>
    /// <param name="fromOtherDocuments">Draw only from other documents, for questions where another name of the same text might also be right.</param>
    /// <param name="blank">For a cloze question, the words around the blank.</param>
    public IReadOnlyList<string> WrongChoices(
        AnswerSpan answer, Document document, string prompt, int count, RandomSource random, bool fromOtherDocuments = false, BlankContext? blank = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(random);

        // Numbers are written differently per language ("1,500", "1.500"), and names and terms belong to one; years do not.
        var foldedPrompt = TextFolding.Fold(prompt);
        var shape = answer.Kind == AnswerKind.Term ? TermShapes.Of(answer.Text, document.Language) : default;
        var scale = answer.Kind == AnswerKind.Place ? PlaceScales.Of(answer.Text, document.Language) : default;
        // A person the prompt already names ("Shlyapnikov, Kollontai, and _____") is plainly not the one left out.
        var promptWords = answer.Kind == AnswerKind.Person ? Tokenizer.FoldedWords(prompt).ToHashSet(StringComparer.Ordinal) : [];
        var candidates = PoolDocuments(document)
            .Take(MaxPoolDocuments)
            .Where(d => (!fromOtherDocuments || d != document) && (answer.Kind == AnswerKind.Year || d.Language == document.Language))
            .SelectMany(d => Answers(d).Of(answer.Kind).Select(c => (Document: d, Candidate: c)))
            .Where(x => x.Candidate.Unit == answer.Unit
                && (answer.Kind != AnswerKind.Term || TermShapes.Of(x.Candidate.Text, document.Language) == shape)
                && (answer.Kind != AnswerKind.Place || (scale != PlaceScale.Unknown && PlaceScales.Of(x.Candidate.Text, document.Language) == scale))
                && (answer.Kind != AnswerKind.Person || AnswerFinder.IsInitialled(x.Candidate.Text) == AnswerFinder.IsInitialled(answer.Text))
                && (answer.Kind != AnswerKind.Number || IsRound(x.Candidate.Text) == IsRound(answer.Text)))
            .DistinctBy(x => x.Candidate.Text, StringComparer.Ordinal)
            .Where(x => !Alike(answer.Kind, x.Candidate.Text, answer.Text) && !foldedPrompt.Contains(TextFolding.Fold(x.Candidate.Text), StringComparison.Ordinal)
                && !Tokenizer.FoldedWords(x.Candidate.Text).Any(promptWords.Contains))
            .Take(EnoughCandidates);
        var chosen = new List<string>();
        var fromElsewhere = 0;
        var era = answer.Kind == AnswerKind.Person ? Era(answer, document, blank) : null;

        // A chapter by another writer reprinted in a blog post is another text: its towns are of another time and country
        // ("Bursa" beside Moscow and Petrograd), so only names written in sections by the blank's own writer count as its text's.
        bool InSameText(Document from, Candidate candidate) =>
            from == document && (blank is not { Section: >= 0 } context
                || candidate.Sentences.Exists(i => Writer(document, document.Sentences[i].SectionIndex) == Writer(document, context.Section)));

        // A number of another size gives itself away ("387,262" among counts of delegates, "80,000" of 17,000 voters),
        // so wrong numbers come from within ten times the answer, from another text if need be, or the sentence makes no question.
        // A year of the same text far from the answer is told apart by the story ("rehabilitated after Stalinism in _____"
        // among 1921, 1922 and 1937): years of other texts near the answer come before it.
        foreach (var (from, candidate) in random.Shuffled(candidates)
            .Where(x => answer.Kind != AnswerKind.Number || Distance(answer, x.Candidate.Text) <= MaxNumberDistance)
            .OrderBy(x => InSameText(x.Document, x.Candidate) && (answer.Kind != AnswerKind.Year || YearsApart(answer.Text, x.Candidate.Text) <= MaxSameTextYearGap) ? 0 : 1)
            .ThenBy(x => Distance(answer, x.Candidate.Text)))
        {
            if (!chosen.Exists(c => Alike(answer.Kind, c, candidate.Text)) && !(blank is { } context && FitsBlank(from, answer.Kind, candidate, context))
                && !(answer.Kind == AnswerKind.Term && KeepSameCompany(Answers(document).Company(answer.Text), candidate.Company))
                // A term of another text keeps company there and, if the question's text writes it too, here.
                && !(answer.Kind == AnswerKind.Term && blank is { } around
                    && (KeepsCompanyWith(candidate.Company, around.Company, from.Language) || KeepsCompanyWith(Answers(document).Company(candidate.Text), around.Company, document.Language)))
                && !(answer.Kind == AnswerKind.Place && from == document && NamedInSection(document, candidate, blank))
                && (blank?.Determiner is not { } determiner || Answers(from).Determined.Contains(determiner + " " + candidate.Text)))
            {
                // A town among towns of other texts gives itself away ("Karaganda" beside Moscow, Petrograd and Bursa):
                // most wrong towns come from the answer's own text, where they share its country and its story.
                if (scale == PlaceScale.Locality && !InSameText(from, candidate) && ++fromElsewhere > (count - 1) / 2)
                {
                    continue;
                }

                // A person of another time gives themselves away ("Siyazbek Mukashev" of the 1990s beside Shlyapnikov and
                // Trotsky): people of other texts are offered only from sections of about the same years.
                if (era is { } when && !InSameText(from, candidate) && candidate.Era is { } theirs && Math.Abs(theirs - when) > MaxEraDistance)
                {
                    continue;
                }

                chosen.Add(candidate.Text);
                if (chosen.Count == count)
                {
                    break;
                }
            }
        }

        return chosen;
    }

    /// <summary>
    /// Whether the document writes the term beside the blank's words more than in this one sentence ("de heersende
    /// klasse", "the dictatorship of the proletariat"), and no other word there. Only then does the text single it out:
    /// beside words it meets once ("maar de _____ was evenmin in staat", "in the name of the _____") several general
    /// nouns of the text fit, and beside words it gives several nouns ("de strijd van het proletariaat", "de dictatuur
    /// van het proletariaat"; "kapitalistische maatschappij", "kapitalistische macht") a reader cannot tell which.
    /// </summary>
    public bool IsSetPhrase(AnswerSpan answer, Document document, BlankContext blank)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(blank);
        if (blank.Before.Count == 0 && blank.After.Count == 0
            || Answers(document).Of(answer.Kind).FirstOrDefault(c => c.Text == answer.Text) is not { } candidate)
        {
            return false;
        }

        var key = (document, string.Join('\u0001', [answer.Text, .. blank.Before, "\u0002", .. blank.After]));
        if (setPhrases.TryGetValue(key, out var known))
        {
            return known;
        }

        var found = FindSetPhrase(answer, document, blank, candidate);
        if (setPhrases.Count < MaxSetPhrases)
        {
            setPhrases.TryAdd(key, found);
        }

        return found;
    }

    private bool FindSetPhrase(AnswerSpan answer, Document document, BlankContext blank, Candidate candidate)
    {
        var words = Tokenizer.FoldedWords(answer.Text).ToArray();
        var seen = 0;
        foreach (var index in candidate.Sentences)
        {
            var sentence = Tokenizer.FoldedWords(document.Sentences[index].Text).ToArray();
            for (var i = 0; i + words.Length <= sentence.Length; i++)
            {
                if (sentence.AsSpan(i, words.Length).SequenceEqual(words)
                    && (EndsWith(sentence.AsSpan(0, i), blank.Before) || StartsWith(sentence.AsSpan(i + words.Length), blank.After))
                    && ++seen == SetPhraseOccurrences)
                {
                    return !OthersFill(document, words[0], blank);
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the document writes other content words where the blank is (right after its words before or right
    /// before its words after) more than now and then beside the answer: "bolsjewistische partij" nine times and
    /// "bolsjewistische politiek" once still single out the party.
    /// </summary>
    private bool OthersFill(Document document, string answer, BlankContext blank)
    {
        var answers = 0;
        var others = 0;
        var anchors = new[] { blank.Before.Count > 0 ? blank.Before[0] : null, blank.After.Count > 0 ? blank.After[^1] : null }.OfType<string>().ToArray();
        foreach (var sentence in document.Sentences)
        {
            // Most sentences hold neither anchor; only those that do are split into words.
            if (!anchors.Any(a => sentence.Text.Contains(a, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var words = Tokenizer.FoldedWords(sentence.Text).ToArray();
            for (var i = 0; i < words.Length; i++)
            {
                if (!index.IsStopword(words[i], document.Language) && !words[i].All(char.IsDigit)
                    && (EndsWith(words.AsSpan(0, i), blank.Before) || StartsWith(words.AsSpan(i + 1), blank.After)))
                {
                    if (words[i] == answer)
                    {
                        answers++;
                    }
                    else
                    {
                        others++;
                    }
                }
            }
        }

        return others * OtherFillerRatio > answers;
    }

    /// <summary>Years and numbers are alike only when equal ("1,500" and "1500"); words and names also when spelled nearly alike.</summary>
    private static bool Alike(AnswerKind kind, string first, string second) =>
        kind is AnswerKind.Year or AnswerKind.Number
            ? AnswerFinder.NumericValue(first) == AnswerFinder.NumericValue(second)
            : NameSimilarity.AreAlike(first, second);

    /// <summary>The years of the question: those of the blank's section, else those of the sections that name the answer.</summary>
    private int? Era(AnswerSpan answer, Document document, BlankContext? blank)
    {
        var answers = Answers(document);
        return (blank is { Section: >= 0 } context ? answers.SectionEras.GetValueOrDefault(context.Section) : null)
            ?? answers.Of(AnswerKind.Person).FirstOrDefault(c => c.Text == answer.Text)?.Era;
    }

    private static string? Writer(Document document, int section) => document.Sections[section].Author ?? document.Metadata.Author;

    private static double YearsApart(string first, string second) => Math.Abs(AnswerFinder.NumericValue(first) - AnswerFinder.NumericValue(second));

    /// <summary>A count the text rounds ("400", "6,000"); an exact one ("382") among round ones would give itself away.</summary>
    private static bool IsRound(string number) => AnswerFinder.NumericValue(number) % 10 == 0;

    /// <summary>How far a candidate is from the answer in kind-specific terms; 0 for kinds without a measure.</summary>
    private static double Distance(AnswerSpan answer, string candidate) => answer.Kind switch
    {
        AnswerKind.Year or AnswerKind.Number => Math.Abs(Math.Log(AnswerFinder.NumericValue(candidate) + 1) - Math.Log(AnswerFinder.NumericValue(answer.Text) + 1)),
        AnswerKind.Person => Math.Abs(candidate.Split(' ').Length - answer.Text.Split(' ').Length),
        _ => 0,
    };

    /// <summary>Whether two terms keep company with the same words (cosine of their neighbour counts), so either could stand in the other's place.</summary>
    private static bool KeepSameCompany(IReadOnlyDictionary<string, int>? first, IReadOnlyDictionary<string, int>? second)
    {
        if (first is null || second is null || first.Count == 0 || second.Count == 0)
        {
            return false;
        }

        double dot = 0;
        foreach (var (word, count) in first)
        {
            dot += count * (double)second.GetValueOrDefault(word);
        }

        return dot / (Norm(first) * Norm(second)) > MaxCompanySimilarity;
    }

    /// <summary>
    /// Whether the term's document writes it near any word of the blank's company in some form ("political power"
    /// for "the political work of the _____"): such a term reads as naturally in the sentence as the answer.
    /// </summary>
    private static bool KeepsCompanyWith(IReadOnlyDictionary<string, int>? company, IReadOnlyList<string> words, Language language) =>
        company is not null && words.Any(w => company.ContainsKey(WordStems.Of(w, language)));

    private static double Norm(IReadOnlyDictionary<string, int> counts) => Math.Sqrt(counts.Values.Sum(c => (double)c * c));

    /// <summary>
    /// Whether the document writes the candidate where the blank is: beside the same words, so it would be right too.
    /// A word, place or person also fits when the document writes it near the blank's nearest content word in any
    /// form ("the _____ cell" and "district cells", "the garrison in _____" and "the Moscow garrison"). A person fits
    /// when a sentence that names them gives them the blank's role anywhere: "one of the co-chairmen _____" and "Yu.Vinkov,
    /// M.Ismailov, and Yu.Borovitsky ... were elected its co-chairmen".
    /// </summary>
    private static bool FitsBlank(Document document, AnswerKind kind, Candidate candidate, BlankContext blank)
    {
        var words = Tokenizer.FoldedWords(candidate.Text).ToArray();
        var neighbours = kind is AnswerKind.Term or AnswerKind.Place or AnswerKind.Person
            ? new[] { blank.Before.Count > 0 ? blank.Before[0] : null, blank.After.Count > 0 ? blank.After[^1] : null }.OfType<string>().Select(w => WordStems.Of(w, document.Language)).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var index in candidate.Sentences.Take(MaxContextSentences))
        {
            var sentence = Tokenizer.FoldedWords(document.Sentences[index].Text).ToArray();
            if (kind == AnswerKind.Person && Near(sentence, 0, 0, sentence.Length, neighbours, document.Language))
            {
                return true;
            }

            for (var i = 0; i + words.Length <= sentence.Length; i++)
            {
                if (sentence.AsSpan(i, words.Length).SequenceEqual(words)
                    && (EndsWith(sentence.AsSpan(0, i), blank.Before) || StartsWith(sentence.AsSpan(i + words.Length), blank.After)
                        || Near(sentence, i, i + words.Length, NeighbourWindow, neighbours, document.Language)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the section of the blank names the place too: a text about events in Petrograd and Moscow makes either
    /// city a defensible answer for "the garrison in _____", whatever the one sentence says.
    /// </summary>
    private static bool NamedInSection(Document document, Candidate candidate, BlankContext? blank) =>
        blank is { Section: >= 0 } context && candidate.Sentences.Exists(i => document.Sentences[i].SectionIndex == context.Section);

    /// <summary>Whether a word within <paramref name="window"/> words of the span has one of the stems.</summary>
    private static bool Near(string[] sentence, int start, int end, int window, HashSet<string> stems, Language language)
    {
        if (stems.Count == 0)
        {
            return false;
        }

        for (var i = Math.Max(0, start - window); i < Math.Min(sentence.Length, end + window); i++)
        {
            if ((i < start || i >= end) && stems.Contains(WordStems.Of(sentence[i], language)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWith(ReadOnlySpan<string> words, IReadOnlyList<string> phrase) =>
        phrase.Count > 0 && words.Length >= phrase.Count && words[^phrase.Count..].SequenceEqual(phrase.ToArray());

    private static bool StartsWith(ReadOnlySpan<string> words, IReadOnlyList<string> phrase) =>
        phrase.Count > 0 && words.Length >= phrase.Count && words[..phrase.Count].SequenceEqual(phrase.ToArray());

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
        var determined = TermShapes.Determined(document);
        var terms = TermShapes.Askable(
                KeyTerms.Find(document.Sentences, document.Language, index, TermsPerDocument).Where(t => t.Length >= MinTermLength && t.All(char.IsLower)),
                document.Language,
                determined)
            .ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<(AnswerKind, string), Candidate>();
        foreach (var sentence in document.Sentences)
        {
            foreach (var answer in finder.Value.Find(document, sentence.Text, terms))
            {
                if (!found.TryGetValue((answer.Kind, answer.Text), out var candidate))
                {
                    candidate = new Candidate(answer.Text, answer.Unit, []);
                    found[(answer.Kind, answer.Text)] = candidate;
                }

                candidate.Sentences.Add(sentence.Index);
            }
        }

        // Every word's company, not only the terms': a term of another text offered here is judged by how this one uses it.
        var companies = Company(document);
        foreach (var term in terms)
        {
            if (found.TryGetValue((AnswerKind.Term, term), out var candidate))
            {
                found[(AnswerKind.Term, term)] = candidate with { Company = companies.GetValueOrDefault(term) };
            }
        }

        AddSurnameMentions(document, found.Where(f => f.Key.Item1 == AnswerKind.Person).Select(f => f.Value));
        var sectionEras = SectionEras(document, found.Where(f => f.Key.Item1 == AnswerKind.Year).Select(f => f.Value));
        foreach (var ((kind, text), person) in found.Where(f => f.Key.Item1 == AnswerKind.Person).ToArray())
        {
            var years = person.Sentences.Select(i => document.Sentences[i].SectionIndex).Distinct().Select(s => sectionEras.GetValueOrDefault(s)).OfType<int>().ToArray();
            found[(kind, text)] = person with { Era = years.Length == 0 ? null : Median(years) };
        }

        return new DocumentAnswers(
            terms,
            found.ToLookup(f => f.Key.Item1, f => f.Value),
            determined,
            companies.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, int>)c.Value, StringComparer.Ordinal),
            sectionEras);
    }

    /// <summary>
    /// Adds to each person the sentences that name them by surname only, or inside a list the name finder leaves alone
    /// ("led by Alexander Shlyapnikov, Sergei Medvedev, Alexandra Kollontai"): what those say of them counts too.
    /// </summary>
    private static void AddSurnameMentions(Document document, IEnumerable<Candidate> people)
    {
        var bySurname = people.GroupBy(p => Tokenizer.FoldedWords(p.Text).Last(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        if (bySurname.Count == 0)
        {
            return;
        }

        foreach (var sentence in document.Sentences)
        {
            foreach (var word in Tokenizer.FoldedWords(sentence.Text).Distinct())
            {
                foreach (var person in bySurname.GetValueOrDefault(word) ?? [])
                {
                    if (!person.Sentences.Contains(sentence.Index))
                    {
                        person.Sentences.Add(sentence.Index);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The middle year each section names, for the sections that name one: the time its story is set in, whatever year
    /// it glances back or forward to.
    /// </summary>
    private static Dictionary<int, int?> SectionEras(Document document, IEnumerable<Candidate> years) =>
        years.SelectMany(y => y.Sentences.Select(i => (Section: document.Sentences[i].SectionIndex, Year: (int)AnswerFinder.NumericValue(y.Text))))
            .GroupBy(y => y.Section)
            .ToDictionary(g => g.Key, g => (int?)Median(g.Select(y => y.Year).ToArray()));

    private static int Median(int[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }

    /// <summary>
    /// For each content word, how often each other content word stands within <see cref="CompanyWindow"/> words of it,
    /// counted by stem so that "working class" is company of "work".
    /// </summary>
    private Dictionary<string, Dictionary<string, int>> Company(Document document)
    {
        var company = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        string StemOf(string word) => stems.TryGetValue(word, out var stem) ? stem : stems[word] = WordStems.Of(word, document.Language);

        foreach (var sentence in document.Sentences)
        {
            var words = Tokenizer.FoldedWords(sentence.Text).ToArray();
            for (var i = 0; i < words.Length; i++)
            {
                if (index.IsStopword(words[i], document.Language))
                {
                    continue;
                }

                if (!company.TryGetValue(words[i], out var counts))
                {
                    counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    company[words[i]] = counts;
                }

                for (var j = Math.Max(0, i - CompanyWindow); j <= Math.Min(words.Length - 1, i + CompanyWindow); j++)
                {
                    if (j != i && !index.IsStopword(words[j], document.Language))
                    {
                        var stem = StemOf(words[j]);
                        counts[stem] = counts.GetValueOrDefault(stem) + 1;
                    }
                }
            }
        }

        return company;
    }

    /// <summary>An answer the document holds, what it counts when it is a number, the sentences it stands in, and for a term the words around it.</summary>
    private sealed record Candidate(string Text, string? Unit, List<int> Sentences)
    {
        public IReadOnlyDictionary<string, int>? Company { get; init; }

        /// <summary>For a person, the middle year of the sections that name them; null when those name no year.</summary>
        public int? Era { get; init; }
    }

    /// <param name="Terms">The key terms that make fair blanks.</param>
    /// <param name="ByKind">Every answer of the document by kind.</param>
    /// <param name="Determined">The "determiner word" pairs the document writes.</param>
    /// <param name="Companies">For each noun and term of the document, the words around it.</param>
    /// <param name="SectionEras">The middle year of each section that names one.</param>
    private sealed record DocumentAnswers(
        IReadOnlyCollection<string> Terms,
        ILookup<AnswerKind, Candidate> ByKind,
        IReadOnlySet<string> Determined,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Companies,
        IReadOnlyDictionary<int, int?> SectionEras)
    {
        public IEnumerable<Candidate> Of(AnswerKind kind) => ByKind[kind];

        public IReadOnlyDictionary<string, int>? Company(string word) => Companies.GetValueOrDefault(word);
    }
}
