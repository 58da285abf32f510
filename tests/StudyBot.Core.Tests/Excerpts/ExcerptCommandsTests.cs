using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Tests.TestSupport;
using static StudyBot.Core.Tests.TestSupport.CommandLines;

namespace StudyBot.Core.Tests.Excerpts;

/// <summary>/excerpt now and /excerpt stop, seen in the channel and in the store.</summary>
public sealed class ExcerptCommandsTests : IAsyncLifetime
{
    // Noon in Amsterdam: the next 07:30 excerpt is due tomorrow.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly RecordingPoster poster = new();
    private readonly TestDatabase database = TestDatabase.Sqlite();
    private TestBot bot = null!;

    public async Task InitializeAsync() => bot = await TestBot.StartAsync(database, time, poster);

    [Fact]
    public async Task Now_DailyExcerptRunning_PostsOneExcerptToItsChannelAndRecordsIt()
    {
        await DailyAsync();

        var reply = Assert.IsType<MessageReply>(await bot.RunAsync(ExcerptNow));
        await bot.CatchUpAsync();

        Assert.Equal(ReplyTone.Success, reply.Tone);
        var post = Assert.Single(poster.Posts);
        Assert.Equal("terminal:terminal", post.ChannelId);
        Assert.Equal("Excerpt of the day", Assert.IsType<QuoteReply>(post.Reply).Heading);
        await using var db = bot.Db();
        Assert.Equal(OutboxStatus.Sent, (await db.Outbox.SingleAsync()).Status);
        Assert.Equal(1, await db.ExcerptDeckCards.CountAsync());
    }

    [Fact]
    public async Task Now_NoDailyExcerpt_SaysHowToStartOneAndPostsNothing()
    {
        var reply = Assert.IsType<MessageReply>(await bot.RunAsync(ExcerptNow));
        await bot.CatchUpAsync();

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains("no daily excerpt", reply.Text, StringComparison.Ordinal);
        Assert.Empty(poster.Posts);
    }

    [Fact]
    public async Task Stop_DailyExcerptRunning_IsStoredStoppedAndNothingComesAtTheNextTime()
    {
        await DailyAsync();

        var reply = Assert.IsType<MessageReply>(await bot.RunAsync(ExcerptStop));
        time.Advance(TimeSpan.FromDays(1));
        await bot.CatchUpAsync();

        Assert.Equal(ReplyTone.Success, reply.Tone);
        Assert.Empty(poster.Posts);
        await using var db = bot.Db();
        Assert.Equal(ScheduleState.Stopped, (await db.Schedules.SingleAsync()).State);
        Assert.Equal(ReplyTone.Error, Assert.IsType<MessageReply>(await bot.RunAsync(ExcerptStatus)).Tone);
    }

    [Fact]
    public async Task Stop_ByAMember_IsRefusedAndTheExcerptStillComes()
    {
        await DailyAsync();

        var reply = Assert.IsType<MessageReply>(await bot.RunAsync(ExcerptStop, moderator: false, user: "terminal:bob"));
        time.Advance(TimeSpan.FromDays(1));
        await bot.CatchUpAsync();

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Single(poster.Posts);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task DailyAsync()
    {
        var reply = Assert.IsType<MessageReply>(await bot.RunAsync($"{ExcerptDaily} terminal 07:30 Europe/Amsterdam"));
        Assert.Equal(ReplyTone.Success, reply.Tone);
    }
}
