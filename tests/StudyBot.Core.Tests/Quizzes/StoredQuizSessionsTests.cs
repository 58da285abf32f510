using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Tests.Commands;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Quizzes;

public sealed class StoredQuizSessionsTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 19, 0, 0, TimeSpan.Zero));
    private readonly CommandContext ann = TestContexts.Member("ann");
    private readonly CommandContext bob = TestContexts.Member("bob");

    [Fact]
    public async Task Answer_ToAQuizStartedBeforeARestartOnSqlite_CountsAfterIt()
    {
        await using var database = TestDatabase.Sqlite();
        await AnsweredAfterRestartAsync(database);
    }

    [PostgresFact]
    public async Task Answer_ToAQuizStartedBeforeARestartOnPostgres_CountsAfterIt()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await AnsweredAfterRestartAsync(database);
    }

    [Fact]
    public async Task Answer_DeliveredToTwoInstancesOnSqlite_CountsOnce()
    {
        await using var database = TestDatabase.Sqlite();
        await CountedOnceAsync(database);
    }

    [PostgresFact]
    public async Task Answer_DeliveredToTwoInstancesOnPostgres_CountsOnce()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await CountedOnceAsync(database);
    }

    [Fact]
    public async Task Answer_FromAButtonOfAnEarlierQuiz_LeavesTheNewQuizAlone()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await QuizRecordsBot.StartAsync(database, clock);
        var firstQuestion = Assert.IsType<QuestionReply>(await bot.Run(ann, "/quiz document:workers-opposition questions:3 kind:cloze"));
        var oldButton = firstQuestion.Actions[0].CommandLine;
        await bot.Run(ann, "/quiz stop");
        var newQuestion = Assert.IsType<QuestionReply>(await bot.Run(ann, "/quiz document:workers-opposition questions:3 kind:cloze"));

        var refused = Assert.IsType<MessageReply>(await bot.Run(bob, oldButton));

        Assert.Equal(("That quiz is over.", ReplyVisibility.Private), (refused.Text, refused.Visibility));
        var running = bot.Get<IQuizSessionStore>().Find(ann.ChannelId)!;
        Assert.Equal(0, running.CurrentIndex);
        Assert.Empty(running.Board());
        Assert.Contains($"quiz:\"{running.Id}\"", newQuestion.Actions[0].CommandLine, StringComparison.Ordinal);
        Assert.DoesNotContain($"quiz:\"{running.Id}\"", oldButton, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_TypedWithoutAQuizId_AnswersTheCurrentQuiz()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await QuizRecordsBot.StartAsync(database, clock);
        await bot.Run(ann, "/quiz document:workers-opposition questions:2 kind:cloze");

        var reply = Assert.IsType<CompositeReply>(await bot.Run(bob, $"/answer {bot.RightLetter(ann)}"));

        Assert.StartsWith("Right! Question 1", Assert.IsType<MessageReply>(reply.Parts[0]).Text, StringComparison.Ordinal);
    }

    private async Task AnsweredAfterRestartAsync(TestDatabase database)
    {
        string right;
        await using (var before = await QuizRecordsBot.StartAsync(database, clock))
        {
            await before.Run(ann, "/quiz document:workers-opposition questions:2 kind:cloze");
            right = before.RightLetter(ann);
        }

        await using var after = await QuizRecordsBot.StartAsync(database, clock);
        var reply = Assert.IsType<CompositeReply>(await after.Run(bob, $"/answer {right} question:1"));

        Assert.StartsWith("Right! Question 1", Assert.IsType<MessageReply>(reply.Parts[0]).Text, StringComparison.Ordinal);
        var next = Assert.IsType<QuestionReply>(reply.Parts[^1]);
        Assert.StartsWith("Question 2 of 2", next.Heading, StringComparison.Ordinal);
        await using var db = after.Db();
        var answer = await db.QuizAnswers.SingleAsync();
        Assert.Equal((0, bob.UserId, true), (answer.QuestionIndex, answer.UserId, answer.Correct));
    }

    private async Task CountedOnceAsync(TestDatabase database)
    {
        await using var first = await QuizRecordsBot.StartAsync(database, clock);
        await using var second = await QuizRecordsBot.StartAsync(database, clock);
        var question = Assert.IsType<QuestionReply>(await first.Run(ann, "/quiz document:workers-opposition questions:2 kind:cloze"));
        var wrong = first.WrongLetter(ann);
        var button = question.Actions.Single(a => a.Label == wrong).CommandLine;

        var replies = await Task.WhenAll(first.Run(bob, button), second.Run(bob, button));

        var texts = replies.Select(r => r switch
        {
            CompositeReply c => Assert.IsType<MessageReply>(c.Parts[0]).Text,
            MessageReply m => m.Text,
            _ => r.ToString(),
        }).Order(StringComparer.Ordinal).ToArray();
        Assert.StartsWith("Not quite. The answer to question 1", texts[0], StringComparison.Ordinal);
        Assert.Equal("You already answered question 1; wait for the next one.", texts[1]);
        var board = second.Get<IQuizSessionStore>().Find(ann.ChannelId)!.Board();
        Assert.Equal((1, 0), (Assert.Single(board).Answered, board[0].Right));
        await using var db = second.Db();
        Assert.Equal(1, await db.QuizAnswers.CountAsync());
    }
}
