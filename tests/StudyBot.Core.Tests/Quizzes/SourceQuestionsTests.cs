using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Quotes;
using StudyBot.Core.Tests.Corpus;
using StudyBot.Core.Text;

namespace StudyBot.Core.Tests.Quizzes;

public sealed class SourceQuestionsTests
{
    private static readonly QuizFixture Fixture = new();

    public static TheoryData<string> EnglishSlugs => new(TestCorpus.Library.Documents.Where(d => d.Language == Language.English).Select(d => d.Slug));

    [Theory]
    [MemberData(nameof(EnglishSlugs))]
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
            Assert.Contains(QuotationMarks.Nested(question.SourceText), question.Prompt, StringComparison.Ordinal);
            Assert.DoesNotContain(TextFolding.Fold(document.Title), TextFolding.Fold(question.Prompt), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryCreate_ThePassageOfTheOnlyTextInItsLanguage_GivesNothing()
    {
        Assert.Null(Fixture.Sources.TryCreate(TestCorpus.Document("manifest-oktober-revolutie"), Fixture.Random));
    }

    [Fact]
    public void TryCreate_PassagesThatWriteAWordOfTheirTitle_AreNotAsked()
    {
        var cells = new DocumentBuilder("cells", "The backbone of organization: workplace cells")
            .Paragraph("Today, capitalism has managed to reorganize workplaces as spaces where the disorganization of workers is assured.")
            .Paragraph("Three years was a rather long time for going into action in the early twenties of the last century.")
            .Build();
        var library = new CorpusLibrary([cells, .. TestCorpus.Library.Documents.Where(d => d.Language == Language.English && d.Slug != "workplace-cells")]);
        var sources = new SourceQuestions(library, new QuoteCatalog());

        for (var i = 0; i < 10; i++)
        {
            var question = sources.TryCreate(cells, Fixture.Random);

            Assert.NotNull(question);
            Assert.StartsWith("Three years", question.SourceText, StringComparison.Ordinal);
            Assert.Null(question.AboutText);
        }
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
