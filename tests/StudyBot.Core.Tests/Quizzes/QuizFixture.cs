using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Quotes;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Quizzes;

/// <summary>The quiz services over a library, wired as <c>AddStudyFeatures</c> wires them, with a fixed seed.</summary>
internal sealed class QuizFixture
{
    public QuizFixture(CorpusLibrary? library = null, int seed = 1)
    {
        Library = library ?? TestCorpus.Library;
        Random = RandomSource.WithSeed(seed);
        var index = new CorpusSearchIndex(Library, NullLogger<CorpusSearchIndex>.Instance);
        Vocabulary = new QuizVocabulary(Library, index);
        Cloze = new ClozeQuestions(Vocabulary);
        Facts = new FactQuestions(Library, Vocabulary);
        var quotes = new QuoteCatalog();
        Sources = new SourceQuestions(Library, quotes);
        Sections = new SectionQuestions(quotes);
        Generator = new QuizGenerator(Library, Cloze, Facts, Sources, Sections, Random);
    }

    /// <summary>The seed texts as the importer reads them, for tests that judge questions the way a member meets them.</summary>
    public static Lazy<CorpusLibrary> Seeds { get; } = new(() => CorpusTestSupport.Importer().ImportFolder(CorpusTestSupport.SeedsFolder()).Library);

    public CorpusLibrary Library { get; }

    public RandomSource Random { get; }

    public QuizVocabulary Vocabulary { get; }

    public ClozeQuestions Cloze { get; }

    public FactQuestions Facts { get; }

    public SourceQuestions Sources { get; }

    public SectionQuestions Sections { get; }

    public QuizGenerator Generator { get; }

    /// <summary>Every cloze question the document's sentences give.</summary>
    public IReadOnlyList<QuizQuestion> AllCloze(Document document) =>
        document.Sentences.Select(s => Cloze.TryCreate(document, s, Random)).OfType<QuizQuestion>().ToArray();
}
