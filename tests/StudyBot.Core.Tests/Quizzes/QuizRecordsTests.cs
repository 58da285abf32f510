using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Tests.Commands;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Quizzes;

public sealed class QuizRecordsTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 21, 19, 0, 0, TimeSpan.Zero));
    private readonly CommandContext ann = TestContexts.Member("ann");
    private readonly CommandContext bob = TestContexts.Member("bob");

    [Fact]
    public async Task FinishedQuiz_UpdatesStats_WhichSurviveARestart()
    {
        await using var database = TestDatabase.Sqlite();
        await FinishedQuizUpdatesStatsWhichSurviveARestartAsync(database);
    }

    [PostgresFact]
    public async Task FinishedQuiz_OnPostgres_UpdatesStats_WhichSurviveARestart()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await FinishedQuizUpdatesStatsWhichSurviveARestartAsync(database);
    }

    [Fact]
    public async Task Answer_ASecondTimeToOneQuestion_IsCountedOnce()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await QuizRecordsBot.StartAsync(database, clock);
        await bot.Run(ann, "/quiz document:workers-opposition questions:2 kind:cloze");
        await bot.Run(bob, $"/answer {bot.WrongLetter(ann)}");
        await bot.Run(bob, $"/answer {bot.RightLetter(ann)}");

        // The same answer reaching the recorder twice, and the finish twice, still count once.
        var session = bot.Get<IQuizSessionStore>().Find(ann.ChannelId)!;
        var recorder = bot.Get<IQuizRecorder>();
        var again = new QuizAnswer(1, bob.UserId, bob.UserName, 0, Right: true, clock.GetUtcNow());
        await recorder.AnsweredAsync(session, again, CancellationToken.None);
        await bot.Run(ann, "/quiz stop");
        await recorder.FinishedAsync(session, CancellationToken.None);

        Assert.Equal("bob: 0 right of 1 answered (0%) in 1 quiz", Text(await bot.Run(ann, "/quiz stats bob")));
        await using var db = bot.Db();
        Assert.Equal(1, await db.QuizAnswers.CountAsync());
    }

    [Fact]
    public async Task StatsAndLeaderboard_DutchReader_SpeakDutch()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await QuizRecordsBot.StartAsync(database, clock);
        await bot.Run(ann, "/quiz document:workers-opposition questions:2 kind:cloze");
        await bot.Run(bob, $"/answer {bot.RightLetter(ann)}");
        await bot.Run(ann, "/quiz stop");
        var dutch = ann with { ReplyLanguage = StudyBot.Core.Corpus.Language.Dutch };

        Assert.Equal("bob: 1 goed van 1 beantwoord (100%) in 1 quiz", Text(await bot.Run(dutch, "/quiz stats bob")));
        var board = Assert.IsType<ListReply>(await bot.Run(dutch, "/quiz leaderboard"));
        Assert.Equal("Quizranglijst", board.Title);
        Assert.Equal("1. bob: 1 goed van 1 beantwoord (100%) in 1 quiz", Assert.Single(board.Items).PlainText);
    }

    [Fact]
    public async Task QuizStop_MidQuiz_RecordsWhatWasAnswered()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await QuizRecordsBot.StartAsync(database, clock);
        await bot.Run(ann, "/quiz document:workers-opposition questions:3 kind:cloze");
        await bot.Run(bob, $"/answer {bot.RightLetter(ann)}");
        await bot.Run(ann, $"/answer {bot.WrongLetter(ann)}");

        await bot.Run(ann, "/quiz stop");

        Assert.Equal("bob: 1 right of 1 answered (100%) in 1 quiz", Text(await bot.Run(bob, "/quiz stats")));
        Assert.Equal("ann: 0 right of 1 answered (0%) in 1 quiz", Text(await bot.Run(ann, "/quiz stats")));
        await using var db = bot.Db();
        var stored = await db.QuizSessions.SingleAsync();
        Assert.Equal(("discord:guild-1", "workers-opposition", "cloze", 3), (stored.CommunityId, stored.DocumentSlug, stored.Kind, stored.QuestionCount));
        Assert.NotNull(stored.FinishedUtc);
        Assert.Equal([0, 1], await db.QuizAnswers.OrderBy(a => a.QuestionIndex).Select(a => a.QuestionIndex).ToListAsync());
    }

    [Fact]
    public async Task QuizLeftIdleOverARestart_CountsWhenTheChannelStartsItsNextQuiz()
    {
        await using var database = TestDatabase.Sqlite();
        await using (var before = await QuizRecordsBot.StartAsync(database, clock))
        {
            await before.Run(ann, "/quiz document:workers-opposition questions:3 kind:cloze");
            await before.Run(bob, $"/answer {before.RightLetter(ann)}");
        }

        // The quiz survives the restart; once nobody touched it for the idle timeout, a new one replaces it.
        await using var after = await QuizRecordsBot.StartAsync(database, clock);
        clock.Advance(QuizCommand.IdleTimeout + TimeSpan.FromMinutes(1));
        Assert.IsType<QuestionReply>(await after.Run(ann, "/quiz document:workers-opposition questions:2 kind:cloze"));

        Assert.Equal("bob: 1 right of 1 answered (100%) in 1 quiz", Text(await after.Run(ann, "/quiz stats bob")));
    }

    [Fact]
    public async Task QuizLeaderboard_RanksTheTopTenByRightAnswersThenAccuracyThenWhoGotThereFirst()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await QuizRecordsBot.StartAsync(database, clock);
        var at = clock.GetUtcNow();
        await using (var db = bot.Db())
        {
            db.MemberQuizStats.AddRange(
                Stats("a", right: 5, answered: 5, at.AddDays(3)),
                Stats("b", right: 5, answered: 10, at.AddDays(1)),
                Stats("c", right: 5, answered: 5, at.AddDays(1)),
                Stats("d", right: 7, answered: 20, at),
                new MemberQuizStatsEntity { CommunityId = "discord:elsewhere", UserId = "discord:z", UserName = "z", QuizzesPlayed = 9, QuestionsAnswered = 99, CorrectAnswers = 99, LastPlayedUtc = at });
            db.MemberQuizStats.AddRange(Enumerable.Range(1, 8).Select(i => Stats($"f{i}", right: 1, answered: 1, at.AddHours(i))));
            await db.SaveChangesAsync();
        }

        var board = Assert.IsType<ListReply>(await bot.Run(ann, "/quiz leaderboard"));

        Assert.Equal("Quiz leaderboard", board.Title);
        Assert.Equal(
            ["1. d: 7 right of 20 answered (35%) in 2 quizzes", "2. c: 5 right of 5 answered (100%) in 2 quizzes", "3. a: 5 right of 5 answered (100%) in 2 quizzes", "4. b: 5 right of 10 answered (50%) in 2 quizzes"],
            board.Items.Take(4).Select(i => i.PlainText));
        Assert.Equal(["f1", "f2", "f3", "f4", "f5", "f6"], board.Items.Skip(4).Select(i => i.PlainText.Split(' ')[1].TrimEnd(':')));
    }

    [Fact]
    public async Task QuizStats_ForAMemberWithoutResults_SaysSoAndChangesNothing()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await QuizRecordsBot.StartAsync(database, clock);

        var unknown = Assert.IsType<MessageReply>(await bot.Run(ann, "/quiz stats zed"));
        var own = Assert.IsType<MessageReply>(await bot.Run(ann, "/quiz stats"));
        var board = Assert.IsType<MessageReply>(await bot.Run(ann, "/quiz leaderboard"));

        Assert.Equal(ReplyTone.Error, unknown.Tone);
        Assert.Equal("No quiz results for 'zed' in this community: no member of that name has answered a quiz question here.", unknown.Text);
        Assert.Equal("You have not answered a quiz question in this community yet. Start a quiz with /quiz start.", own.Text);
        Assert.Equal("No one in this community has answered a quiz question yet. Start a quiz with /quiz start.", board.Text);
        await using var db = bot.Db();
        Assert.False(await db.MemberQuizStats.AnyAsync());
    }

    private async Task FinishedQuizUpdatesStatsWhichSurviveARestartAsync(TestDatabase database)
    {
        await using (var bot = await QuizRecordsBot.StartAsync(database, clock))
        {
            await bot.Run(ann, "/quiz document:workers-opposition questions:2 kind:cloze");
            await bot.Run(bob, $"/answer {bot.WrongLetter(ann)}");
            await bot.Run(ann, $"/answer {bot.RightLetter(ann)}");
            await bot.Run(ann, $"/answer {bot.RightLetter(ann)}");

            Assert.Null(bot.Get<IQuizSessionStore>().Find(ann.ChannelId));
            Assert.Equal("ann: 2 right of 2 answered (100%) in 1 quiz", Text(await bot.Run(ann, "/quiz stats")));
        }

        await using var restarted = await QuizRecordsBot.StartAsync(database, clock);

        Assert.Equal("bob: 0 right of 1 answered (0%) in 1 quiz", Text(await restarted.Run(ann, "/quiz stats BOB")));
        Assert.Equal("bob: 0 right of 1 answered (0%) in 1 quiz", Text(await restarted.Run(ann, "/quiz stats member:discord:bob")));
        var board = Assert.IsType<ListReply>(await restarted.Run(bob, "/quiz leaderboard"));
        Assert.Equal(["1. ann: 2 right of 2 answered (100%) in 1 quiz", "2. bob: 0 right of 1 answered (0%) in 1 quiz"], board.Items.Select(i => i.PlainText));
    }

    private static MemberQuizStatsEntity Stats(string name, int right, int answered, DateTimeOffset lastPlayed) => new()
    {
        CommunityId = "discord:guild-1",
        UserId = "discord:" + name,
        UserName = name,
        QuizzesPlayed = 2,
        QuestionsAnswered = answered,
        CorrectAnswers = right,
        LastPlayedUtc = lastPlayed,
    };

    private static string Text(Reply reply) => Assert.IsType<MessageReply>(reply).Text;
}
