using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;
using StudyBot.Core.Randomness;
using StudyBot.Core.Text;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// Choice questions about facts the text states in a form that can be read reliably: sentences of the shape
/// "X was led by Y" or "X was founded in 1990" (and their Dutch forms), and a document's author. Anything less
/// certain is not asked. Infobox lines ("Leader: Alexander Shliapnikov") are read only to refuse a fact they
/// contradict.
/// </summary>
/// <remarks>
/// Wrong names come from other documents only: the same text often names several people who could also be
/// called leaders, and a question must have exactly one right answer.
/// </remarks>
public sealed partial class FactQuestions
{
    private const int WrongChoices = 3;

    private readonly CorpusLibrary library;
    private readonly QuizVocabulary vocabulary;

    /// <summary>
    /// Each document's facts that can be asked, read once: reading them takes every sentence through the fact patterns,
    /// and every quiz on a document wants them.
    /// </summary>
    private readonly ConcurrentDictionary<Document, IReadOnlyList<(string Question, AnswerSpan Answer, string Source, int Section)>> stated = new();

    public FactQuestions(CorpusLibrary library, QuizVocabulary vocabulary)
    {
        this.library = library;
        this.vocabulary = vocabulary;
    }

    /// <summary>
    /// Every fact question the document supports, in reading order, one per fact; a fact the text states with
    /// different values ("led by X" here, "led by Y" there) is not asked, as either answer could be defended.
    /// </summary>
    public IEnumerable<QuizQuestion> Create(Document document, RandomSource random)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(random);
        foreach (var (question, answer, source, section) in stated.GetOrAdd(document, Statements))
        {
            if (Ask(document, section, question, answer, source, random) is { } asked)
            {
                yield return asked;
            }
        }

        if (AuthorQuestion(document, document.Metadata.Author, document.Title, 0, random) is { } author)
        {
            yield return author;
        }

        // A section by another writer (a chapter reprinted in a blog post) is a text of its own, with its own byline.
        foreach (var section in document.Sections.Where(s => s.Author is { } writer && !IsDocumentAuthor(document, writer) && !string.IsNullOrWhiteSpace(s.Title)
            && !TextFolding.Fold(document.Title).Contains(TextFolding.Fold(s.Title), StringComparison.Ordinal)))
        {
            if (AuthorQuestion(document, section.Author, section.Title, section.Index, random) is { } sectionAuthor)
            {
                yield return sectionAuthor;
            }
        }

        // The dateline every quote and summary of the text is credited with; a section dated in another year (a chapter
        // of 1930 in a blog post of 2012) was published on its own.
        var published = YearOf(document.Metadata.Date);
        if (published is not null && PublishedQuestion(document, document.Metadata.Date!, document.Title, 0, random) is { } whenPublished)
        {
            yield return whenPublished;
        }

        foreach (var section in document.Sections.Where(s => YearOf(s.Date) is { } year && year != published && !string.IsNullOrWhiteSpace(s.Title)
            && !TextFolding.Fold(document.Title).Contains(TextFolding.Fold(s.Title), StringComparison.Ordinal)))
        {
            if (PublishedQuestion(document, section.Date!, section.Title, section.Index, random) is { } sectionPublished)
            {
                yield return sectionPublished;
            }
        }
    }

    private static bool IsDocumentAuthor(Document document, string author) =>
        document.Metadata.Author is { } own && NameSimilarity.AreAlike(own, author);

    /// <summary>The facts the text states once, or always with the same value, in reading order.</summary>
    private static IReadOnlyList<(string Question, AnswerSpan Answer, string Source, int Section)> Statements(Document document)
    {
        var language = document.Language;
        var facts = document.Blocks
            .SelectMany(block => (block.Kind == BlockKind.InfoboxLine
                    ? InfoboxFact(block.Text, document)
                    : block.IsProse ? block.Sentences.SelectMany(s => SentenceFacts(s.Text, language)) : [])
                .Select(fact => (Fact: fact, Section: block.SectionIndex, block.IsProse)))
            .GroupBy(f => FactKey(f.Fact.Question), StringComparer.Ordinal);
        var askable = new List<(string Question, AnswerSpan Answer, string Source, int Section)>();
        foreach (var statements in facts)
        {
            // An infobox line is never quiz material (feedback would quote it); it still counts as a statement
            // that a sentence of the text may contradict.
            if (!statements.Any(s => s.IsProse))
            {
                continue;
            }

            var (fact, section, _) = statements.First(s => s.IsProse);
            if (statements.All(s => Same(s.Fact.Answer, fact.Answer)))
            {
                askable.Add((fact.Question, fact.Answer, fact.Source, section));
            }
        }

        return askable;
    }

    /// <summary>The question without its articles and case: "Who led Workers' Opposition?" asks what "Who led the Workers' Opposition?" asks.</summary>
    private static string FactKey(string question) =>
        string.Join(' ', Tokenizer.FoldedWords(question).Where(w => w is not ("the" or "de" or "het")));

    private static bool Same(AnswerSpan first, AnswerSpan second) =>
        first.Kind == AnswerKind.Year ? first.Text == second.Text : NameSimilarity.AreAlike(first.Text, second.Text);

    private QuizQuestion? Ask(Document document, int section, string question, AnswerSpan answer, string source, RandomSource random)
    {
        var wrong = vocabulary.WrongChoices(answer, document, question, WrongChoices, random, fromOtherDocuments: true);
        if (wrong.Count < WrongChoices || TextFolding.Fold(question).Contains(TextFolding.Fold(answer.Text), StringComparison.Ordinal))
        {
            return null;
        }

        var choices = random.Shuffled(wrong.Prepend(answer.Text));
        return new QuizQuestion(
            QuestionKind.Choice, question, choices, Array.IndexOf(choices, answer.Text), source, DocumentAttribution.Of(document, section), document.Language);
    }

    /// <summary>
    /// "In which year was “<paramref name="title"/>” published?", among years of the other texts; the feedback quotes
    /// the title with its dateline, which a question on who wrote it does not show.
    /// </summary>
    private QuizQuestion? PublishedQuestion(Document document, string date, string title, int section, RandomSource random)
    {
        var year = YearOf(date)!;
        var prompt = QuizWording.WhenPublished.Format(document.Language, QuotationMarks.Nested(title));
        return Ask(document, section, prompt, new AnswerSpan(AnswerKind.Year, 0, year.Length, year), $"{title}, {date}", random);
    }

    /// <summary>The year of an ISO 8601 date ("2012-11-18", "2017-09", "1930"); null when there is none.</summary>
    private static string? YearOf(string? date) =>
        date is { Length: >= 4 } && !date.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') && (date.Length == 4 || date[4] == '-') ? date[..4] : null;

    /// <summary>"Who wrote “<paramref name="title"/>”?": the document's or one section's writer, among the corpus's other writers.</summary>
    private QuizQuestion? AuthorQuestion(Document document, string? author, string title, int section, RandomSource random)
    {
        // "Wikipedia contributors" or a group among people would be a choice of another kind.
        if (string.IsNullOrWhiteSpace(author) || !AuthorName().IsMatch(author))
        {
            return null;
        }

        var prompt = QuizWording.WhoWrote.Format(document.Language, QuotationMarks.Nested(title));
        // Writers of the corpus first, sections' own included (Victor Serge's chapter in a blog post): a person the texts
        // only name may be of another time ("Leon Trotsky" as a writer of the 1990s).
        var others = random.Shuffled(library.Documents
                .SelectMany(d => d.Sections.Select(s => s.Author).Prepend(d.Metadata.Author))
                .OfType<string>()
                .Where(a => AuthorName().IsMatch(a) && !NameSimilarity.AreAlike(a, author)))
            .DistinctBy(TextFolding.Fold)
            .Take(WrongChoices)
            .ToList();

        // Too few other authors: people named in the other texts, who did not write this one.
        foreach (var person in vocabulary.WrongChoices(new AnswerSpan(AnswerKind.Person, 0, author.Length, author), document, prompt, WrongChoices, random, fromOtherDocuments: true))
        {
            if (others.Count < WrongChoices && !others.Exists(o => NameSimilarity.AreAlike(o, person)))
            {
                others.Add(person);
            }
        }

        if (others.Count < WrongChoices)
        {
            return null;
        }

        var choices = random.Shuffled(others.Prepend(author));
        return new QuizQuestion(
            QuestionKind.Choice,
            prompt,
            choices,
            Array.IndexOf(choices, author),
            title,
            DocumentAttribution.Of(document, section),
            document.Language);
    }

    private static IEnumerable<(string Question, AnswerSpan Answer, string Source)> InfoboxFact(string line, Document document)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            yield break;
        }

        var key = TextFolding.Fold(line[..colon].Trim());
        var value = line[(colon + 1)..].Trim();
        var template = key switch
        {
            "leader" or "leaders" => QuizWording.WhoLed,
            "spokesperson" or "spokesman" or "spokeswoman" => QuizWording.WhoWasSpokesperson,
            "founder" or "founders" => QuizWording.WhoFounded,
            "chairman" or "chairperson" or "chair" or "president" => QuizWording.WhoChaired,
            "founded" or "formation" or "established" => QuizWording.WhenFounded,
            "dissolved" => QuizWording.WhenDissolved,
            _ => null,
        };
        var question = template?.Format(document.Language, document.Title);
        if (question is null)
        {
            yield break;
        }

        if (template == QuizWording.WhenFounded || template == QuizWording.WhenDissolved)
        {
            if (YearIn().Match(value) is { Success: true } year)
            {
                yield return (question, new AnswerSpan(AnswerKind.Year, 0, year.Length, year.Value), line);
            }
        }
        else if (PersonName().IsMatch(value))
        {
            yield return (question, new AnswerSpan(AnswerKind.Person, 0, value.Length, value), line);
        }
    }

    private static IEnumerable<(string Question, AnswerSpan Answer, string Source)> SentenceFacts(string sentence, Language language)
    {
        if (LedBy().Match(sentence) is { Success: true } led)
        {
            var answer = led.Groups["answer"];
            yield return (QuizWording.WhoLed.Format(language, Subject(led)), new AnswerSpan(AnswerKind.Person, answer.Index, answer.Length, answer.Value), sentence);
        }

        if (FoundedIn().Match(sentence) is { Success: true } founded)
        {
            var answer = founded.Groups["answer"];
            var template = founded.Groups["verb"].Value is "dissolved" or "ontbonden" ? QuizWording.WhenDissolved : QuizWording.WhenFounded;
            yield return (template.Format(language, Subject(founded)), new AnswerSpan(AnswerKind.Year, answer.Index, answer.Length, answer.Value), sentence);
        }
    }

    /// <summary>The sentence's subject as it reads inside a question: "The Workers' Opposition" becomes "the Workers' Opposition".</summary>
    private static string Subject(Match match)
    {
        var subject = match.Groups["subject"].Value;
        return subject.StartsWith("The ", StringComparison.Ordinal) || subject.StartsWith("De ", StringComparison.Ordinal) || subject.StartsWith("Het ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(subject[0]) + subject[1..]
            : subject;
    }

    private const string Name = @"\p{Lu}[\p{L}'’-]+";

    [GeneratedRegex(@"^(?<subject>(?:The )?" + Name + @"(?: " + Name + @"){0,3}) (?:was led by|werd geleid door) (?<answer>" + Name + @"(?: " + Name + @"){1,2})(?=[ ,.;])")]
    private static partial Regex LedBy();

    [GeneratedRegex(@"^(?<subject>(?:The |De |Het )?" + Name + @"(?: " + Name + @"){0,3}) (?:was (?<verb>founded|formed|established|dissolved) in (?:\p{Lu}\p{Ll}+ )?(?<answer>1[5-9]\d\d|20\d\d)|werd (?<verb>opgericht|ontbonden) in (?:\p{Ll}+ )?(?<answer>1[5-9]\d\d|20\d\d))(?=[ ,.;])")]
    private static partial Regex FoundedIn();

    [GeneratedRegex(@"^" + Name + @"(?: " + Name + @"){1,2}$")]
    private static partial Regex PersonName();

    /// <summary>
    /// A person's name: a given name or initials, and a surname ("Kemal Ülker", "M. Ismailov"). Longer runs of
    /// capitalised words are mostly groups ("Internationale Kommunistische Stroming").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:\p{Lu}\. ?)+|\p{Lu}[\p{L}'’-]+ )\p{Lu}[\p{L}'’-]+$")]
    private static partial Regex AuthorName();

    [GeneratedRegex(@"\b(1[5-9]\d\d|20\d\d)\b")]
    private static partial Regex YearIn();
}
