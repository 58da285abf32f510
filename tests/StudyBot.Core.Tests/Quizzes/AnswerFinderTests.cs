using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Quizzes;

/// <summary>What the vocabulary takes for people, places and numbers, on small corpora made here.</summary>
public sealed class AnswerFinderTests
{
    private static readonly Document History = new DocumentBuilder("history", "History")
        .Paragraph("The Roman Empire fell long before the strike began in the city of the workers of the port. " +
            "The Grey Wolves attacked the meeting of the union in the square near the docks. " +
            "Shlyapnikov proposed a new platform at the congress of the metalworkers. " +
            "The platform of Alexander Shlyapnikov won 272 votes at the congress in Moscow. " +
            "Later the congress in Moscow elected deputy Peter Krepak as its secretary. " +
            "The factory in East Kazakhstan employed 1,500 workers at the end of the year. " +
            "The miners of Karaganda sent 400 workers to the congress in Karaganda. " +
            "Nearly 49% of the members voted for the motion at the congress.")
        .Build();

    private static readonly QuizFixture Fixture = new(new CorpusLibrary([History]));

    [Theory]
    [InlineData("The Roman Empire fell long before the strike began in the city of the workers of the port.", "Roman Empire")]
    [InlineData("The Grey Wolves attacked the meeting of the union in the square near the docks.", "Grey Wolves")]
    [InlineData("The factory in East Kazakhstan employed 1,500 workers at the end of the year.", "East Kazakhstan")]
    public void FindAnswers_CapitalisedRunsThatAreNoPerson_AreNotPeople(string sentence, string run)
    {
        Assert.DoesNotContain(Fixture.Vocabulary.FindAnswers(History, sentence), a => a.Kind == AnswerKind.Person && a.Text == run);
    }

    [Theory]
    [InlineData("The platform of Alexander Shlyapnikov won 272 votes at the congress in Moscow.", "Alexander Shlyapnikov")]
    [InlineData("Later the congress in Moscow elected deputy Peter Krepak as its secretary.", "Peter Krepak")]
    public void FindAnswers_ANameWithItsSurnameAloneOrARole_IsAPerson(string sentence, string name)
    {
        Assert.Contains(Fixture.Vocabulary.FindAnswers(History, sentence), a => a.Kind == AnswerKind.Person && a.Text == name);
    }

    [Fact]
    public void FindAnswers_ANameAfterInTwice_IsAPlace()
    {
        var answers = Fixture.Vocabulary.FindAnswers(History, "The platform of Alexander Shlyapnikov won 272 votes at the congress in Moscow.");

        Assert.Contains(answers, a => a.Kind == AnswerKind.Place && a.Text == "Moscow");
    }

    [Fact]
    public void FindAnswers_ANumber_KeepsWhatItCounts()
    {
        var answers = Fixture.Vocabulary.FindAnswers(History, "The miners of Karaganda sent 400 workers to the congress in Karaganda.");

        Assert.Contains(answers, a => a.Kind == AnswerKind.Number && a.Text == "400" && a.Unit == "workers");
    }

    [Fact]
    public void WrongChoices_ANumberOfWorkers_OffersOnlyOtherNumbersOfWorkers()
    {
        var answer = Fixture.Vocabulary.FindAnswers(History, "The miners of Karaganda sent 400 workers to the congress in Karaganda.").Single(a => a.Kind == AnswerKind.Number);

        var wrong = Fixture.Vocabulary.WrongChoices(answer, History, "The miners of Karaganda sent _____ workers.", 3, Fixture.Random);

        Assert.Equal(["1,500"], wrong);
    }

    [Fact]
    public void FindAnswers_YearsInRangesAndDecades_AreNotAsked()
    {
        var answers = Fixture.Vocabulary.FindAnswers(History, "In 1995-1996 and through the 1920s and the 1990’s the union grew, and in 1921 it split.");

        Assert.Equal(["1921"], answers.Where(a => a.Kind == AnswerKind.Year).Select(a => a.Text));
    }

    [Fact]
    public void FindAnswers_DutchDecades_AreNotAsked()
    {
        var answers = Fixture.Vocabulary.FindAnswers(History, "De bewegingen van de jaren 1970 en 1980 en van de Jaren 1930 volgden op de staking van 1921.");

        Assert.Equal(["1921"], answers.Where(a => a.Kind == AnswerKind.Year).Select(a => a.Text));
    }
}
