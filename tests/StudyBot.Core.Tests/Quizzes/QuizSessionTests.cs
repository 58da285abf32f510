using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;

namespace StudyBot.Core.Tests.Quizzes;

public sealed class QuizSessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 19, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Answer_TheSameMemberTwice_IsRefusedAndCountsOnce()
    {
        var session = Group(3);

        var first = session.Answer("ann", "Ann", 1, 1, Start);
        var second = session.Answer("ann", "Ann", 0, 1, Start);

        Assert.Equal(AnswerResult.Wrong, first.Result);
        Assert.Equal(AnswerResult.AlreadyAnswered, second.Result);
        Assert.Equal(new QuizStanding(1, "Ann", 0, 1), Assert.Single(session.Board()));
    }

    [Fact]
    public void Answer_InAGroup_MovesOnAfterTheFirstRightAnswerOnly()
    {
        var session = Group(3);

        var wrong = session.Answer("ann", "Ann", 1, null, Start);
        var right = session.Answer("bob", "Bob", 0, null, Start);

        Assert.False(wrong.Advanced);
        Assert.True(right.Advanced);
        Assert.Equal(1, session.CurrentIndex);
        Assert.Equal(AnswerResult.Wrong, session.Answer("ann", "Ann", 3, null, Start).Result);
    }

    [Fact]
    public void Answer_Solo_MovesOnAfterEveryAnswerAndFinishes()
    {
        var session = new QuizSession("terminal:console", "me", "the corpus", solo: true, Questions(2), Start);

        Assert.True(session.Answer("me", "me", 2, null, Start).Advanced);
        Assert.True(session.Answer("me", "me", 0, null, Start).Advanced);

        Assert.True(session.IsFinished);
        Assert.Equal(new QuizStanding(1, "me", 1, 2), Assert.Single(session.Board()));
    }

    [Fact]
    public void Answer_ForAClosedQuestion_ChangesNothing()
    {
        var session = Group(3);
        session.Answer("bob", "Bob", 0, 1, Start);

        var late = session.Answer("ann", "Ann", 0, 1, Start);

        Assert.Equal(AnswerResult.Closed, late.Result);
        Assert.DoesNotContain(session.Board(), s => s.UserName == "Ann");
    }

    [Fact]
    public void Board_OrdersByRightAnswersThenFewerAnswersThenWhoScoredFirst()
    {
        var session = Group(3);
        session.Answer("cat", "Cat", 2, 1, Start);
        session.Answer("ann", "Ann", 0, 1, Start.AddSeconds(1));
        session.Answer("cat", "Cat", 0, 2, Start.AddSeconds(2));
        session.Answer("bob", "Bob", 1, 3, Start.AddSeconds(3));
        session.Answer("dan", "Dan", 1, 3, Start.AddSeconds(3));
        session.Answer("ann", "Ann", 0, 3, Start.AddSeconds(4));

        var board = session.Board();

        Assert.Equal(
            [new QuizStanding(1, "Ann", 2, 2), new QuizStanding(2, "Cat", 1, 2), new QuizStanding(3, "Bob", 0, 1), new QuizStanding(3, "Dan", 0, 1)],
            board);
    }

    [Fact]
    public void IsIdle_AfterTheTimeoutWithoutAnswers()
    {
        var session = Group(3);
        session.Answer("ann", "Ann", 1, 1, Start.AddMinutes(10));

        Assert.False(session.IsIdle(Start.AddMinutes(39), TimeSpan.FromMinutes(30)));
        Assert.True(session.IsIdle(Start.AddMinutes(41), TimeSpan.FromMinutes(30)));
    }

    private static QuizSession Group(int questions) => new("discord:channel-1", "discord:ann", "the corpus", solo: false, Questions(questions), Start);

    /// <summary>Questions whose right answer is always the first choice.</summary>
    private static QuizQuestion[] Questions(int count) =>
        Enumerable.Range(1, count)
            .Select(i => new QuizQuestion(QuestionKind.Cloze, $"Question {i}?", ["right", "wrong", "also wrong", "not this"], 0, "Source.", new Attribution("T", null, null, null), Language.English))
            .ToArray();
}
