using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Quotes;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Quizzes;

public sealed class SourceQuestionsTests
{
    private static readonly QuizFixture Fixture = new();

    public static TheoryData<string> Slugs => new(TestCorpus.Library.Documents.Select(d => d.Slug));

    [Theory]
    [MemberData(nameof(Slugs))]
    public void TryCreate_OffersFourTitlesOneOfThemTheSource(string slug)
    {
        var document = TestCorpus.Document(slug);

        for (var i = 0; i < 10; i++)
        {
            var question = Fixture.Sources.TryCreate(document, Fixture.Random);

            Assert.NotNull(question);
            Assert.Equal(4, question.Choices.Select(TextFolding.Fold).Distinct().Count());
            Assert.Equal(document.Title, question.RightChoice);
            Assert.All(question.Choices, c => Assert.Contains(TestCorpus.Library.Documents, d => d.Title == c));
            Assert.Contains(question.SourceText, question.Prompt, StringComparison.Ordinal);
            Assert.DoesNotContain(TextFolding.Fold(document.Title), TextFolding.Fold(question.Prompt), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryCreate_ADutchPassage_IsAskedInDutch()
    {
        var question = Fixture.Sources.TryCreate(TestCorpus.Document("manifest-oktober-revolutie"), Fixture.Random);

        Assert.NotNull(question);
        Assert.StartsWith("Uit welke tekst komt deze passage?", question.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_WithFewerThanFourDocuments_GivesNothing()
    {
        var library = new CorpusLibrary(TestCorpus.Library.Documents.Take(3).ToArray());
        var sources = new SourceQuestions(library, new QuoteCatalog());

        Assert.False(sources.IsAvailable);
        Assert.Null(sources.TryCreate(library.Documents[0], Fixture.Random));
    }
}
