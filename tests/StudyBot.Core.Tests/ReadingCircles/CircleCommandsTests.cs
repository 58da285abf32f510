using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Tests.TestSupport;
using static StudyBot.Core.Tests.TestSupport.CommandLines;

namespace StudyBot.Core.Tests.ReadingCircles;

/// <summary>What members and moderators see of a running circle, and what the bot keeps of it.</summary>
public sealed class CircleCommandsTests : IAsyncLifetime
{
    // Friday 1 May 2026, 14:00 in Amsterdam: the first meeting is Thursday 7 May at 19:00 (17:00 UTC).
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstMeeting = new(2026, 5, 7, 17, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase database = TestDatabase.Sqlite();
    private TestBot bot = null!;

    public async Task InitializeAsync()
    {
        bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());
        await bot.RunAsync($"{ReadingListCreate} Spring");
        await bot.RunAsync($"{ReadingListAdd} Spring workplace-cells");
        await bot.RunAsync($"{ReadingListAdd} Spring workers-opposition");
    }

    [Fact]
    public async Task Show_NoCircle_TellsTheMemberHowOneStarts()
    {
        var reply = Assert.IsType<MessageReply>(await MemberAsync(CircleShow));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains("no reading circle", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_CircleRunning_MemberSeesTheReadingAndTheNextMeetingInTheCircleZone()
    {
        await SetUpAsync();

        var text = ReplyText.Of(await MemberAsync(CircleShow));

        Assert.Contains("Reading 1 of 2: The backbone of Leninist organization: workplace cells", text, StringComparison.Ordinal);
        Assert.Contains("Thu 7 May 2026 19:00 (Europe/Amsterdam)", text, StringComparison.Ordinal);
        Assert.Contains("Nobody has finished this reading yet.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_TwiceByAMember_IsStoredOnceAndShownAsFinished()
    {
        await SetUpAsync();

        var first = Assert.IsType<MessageReply>(await MemberAsync(CircleDone));
        await MemberAsync(CircleDone);

        Assert.Equal(ReplyTone.Success, first.Tone);
        Assert.Contains("workplace cells", first.Text, StringComparison.Ordinal);
        await using var db = bot.Db();
        var progress = Assert.Single(await db.CircleProgress.ToListAsync());
        Assert.Equal(("terminal:bob", 0), (progress.UserId, progress.Position));
        Assert.Contains("Finished: bob", ReplyText.Of(await MemberAsync(CircleShow)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rsvp_YesThenNo_OneAnswerForTheNextMeetingIsKeptAndTheLastCounts()
    {
        await SetUpAsync();

        var yes = Assert.IsType<MessageReply>(await MemberAsync(CircleRsvp));
        Assert.Contains("See you on Thu 7 May 2026 19:00", yes.Text, StringComparison.Ordinal);
        Assert.Contains("Coming: bob", ReplyText.Of(await MemberAsync(CircleShow)), StringComparison.Ordinal);

        await MemberAsync($"{CircleRsvp} no");

        await using var db = bot.Db();
        var rsvp = Assert.Single(await db.CircleRsvps.ToListAsync());
        Assert.Equal((FirstMeeting, false), (rsvp.MeetingUtc, rsvp.Attending));
        Assert.Contains("No one has said they are coming yet", ReplyText.Of(await MemberAsync(CircleShow)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pause_ThenResume_TheStoredScheduleStopsAndRestartsItsRuns()
    {
        await SetUpAsync();

        var paused = Assert.IsType<MessageReply>(await bot.RunAsync(CirclePause));
        Assert.Equal(ReplyTone.Success, paused.Tone);
        Assert.Equal((ScheduleState.Paused, (DateTimeOffset?)null), await ScheduleAsync());
        Assert.Contains("The circle is paused.", ReplyText.Of(await MemberAsync(CircleShow)), StringComparison.Ordinal);
        Assert.Equal(ReplyTone.Error, Assert.IsType<MessageReply>(await bot.RunAsync(CirclePause)).Tone);

        var resumed = Assert.IsType<MessageReply>(await bot.RunAsync(CircleResume));

        Assert.Equal(ReplyTone.Success, resumed.Tone);
        var (state, next) = await ScheduleAsync();
        Assert.Equal(ScheduleState.Active, state);
        Assert.NotNull(next);
        Assert.Equal(ReplyTone.Error, Assert.IsType<MessageReply>(await bot.RunAsync(CircleResume)).Tone);
    }

    [Fact]
    public async Task Pause_ByAMember_IsRefusedAndTheCircleRuns()
    {
        await SetUpAsync();

        var reply = Assert.IsType<MessageReply>(await MemberAsync(CirclePause));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Equal(ScheduleState.Active, (await ScheduleAsync()).State);
    }

    [Fact]
    public async Task Skip_EachReading_MovesOnRecordsTheSkipAndStopsAfterTheLast()
    {
        await SetUpAsync();

        var first = Assert.IsType<MessageReply>(await bot.RunAsync(CircleSkip));

        Assert.Contains("Now reading 2: Workers' Opposition", first.Text, StringComparison.Ordinal);
        Assert.Contains("Reading 2 of 2: Workers' Opposition", ReplyText.Of(await MemberAsync(CircleShow)), StringComparison.Ordinal);

        var last = Assert.IsType<MessageReply>(await bot.RunAsync(CircleSkip));

        Assert.Contains("That was the last reading", last.Text, StringComparison.Ordinal);
        await using var db = bot.Db();
        Assert.Equal(
            ["workplace-cells skipped", "workers-opposition skipped"],
            await db.CircleHistory.OrderBy(h => h.Position).Select(h => h.DocumentSlug + " " + h.Outcome).ToListAsync());
        Assert.Equal(ScheduleState.Stopped, (await ScheduleAsync()).State);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task SetUpAsync()
    {
        var reply = Assert.IsType<MessageReply>(await bot.RunAsync($"{CircleSetup} Spring terminal \"thursday 19:00\" Europe/Amsterdam"));
        Assert.Equal(ReplyTone.Success, reply.Tone);
    }

    private Task<Reply> MemberAsync(string line) => bot.RunAsync(line, moderator: false, user: "terminal:bob");

    private async Task<(ScheduleState State, DateTimeOffset? Next)> ScheduleAsync()
    {
        await using var db = bot.Db();
        var schedule = await db.Schedules.SingleAsync();
        return (schedule.State, schedule.NextEventUtc);
    }
}
