using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Scheduling;

/// <summary>Front doors telling the schedules that a place is gone or moved, on a real SQLite store.</summary>
public sealed class PlaceSchedulesTests : IAsyncLifetime
{
    // Noon in Amsterdam: the next 07:30 excerpt is due tomorrow.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly RecordingPoster poster = new();
    private readonly TestDatabase database = TestDatabase.Sqlite();
    private TestBot bot = null!;

    public async Task InitializeAsync() => bot = await TestBot.StartAsync(database, time, poster);

    private PlaceSchedules Places => bot.Services.GetRequiredService<PlaceSchedules>();

    [Fact]
    public async Task StopChannelAsync_ChannelWithDailyExcerpt_StopsItWithTheReasonAndNothingIsPostedLater()
    {
        await bot.RunAsync("/excerpt daily room-a 07:30 Europe/Amsterdam");
        await bot.RunAsync("/excerpt daily room-b 08:00 Europe/Amsterdam");

        var stopped = await Places.StopChannelAsync("terminal:room-a", PlaceStopReason.ChannelDeleted);
        time.Advance(TimeSpan.FromDays(1));
        await bot.CatchUpAsync();

        Assert.Equal(1, stopped);
        await using var db = bot.Db();
        var roomA = await db.Schedules.SingleAsync(s => s.ChannelId == "terminal:room-a");
        Assert.Equal(ScheduleState.Stopped, roomA.State);
        Assert.True(PlaceStopReasons.TryRead(roomA.PauseReason, out var reason));
        Assert.Equal(PlaceStopReason.ChannelDeleted, reason);
        Assert.Equal(["terminal:room-b"], poster.Posts.Select(p => p.ChannelId));
    }

    [Fact]
    public async Task StopChannelAsync_AlreadyStopped_ChangesNothingAndReturnsZero()
    {
        await bot.RunAsync("/excerpt daily room-a 07:30 Europe/Amsterdam");
        await Places.StopChannelAsync("terminal:room-a", PlaceStopReason.BotBanned);

        var again = await Places.StopChannelAsync("terminal:room-a", PlaceStopReason.BotLeft);

        Assert.Equal(0, again);
        await using var db = bot.Db();
        Assert.True(PlaceStopReasons.TryRead((await db.Schedules.SingleAsync()).PauseReason, out var reason));
        Assert.Equal(PlaceStopReason.BotBanned, reason);
    }

    [Fact]
    public async Task StopChannelAsync_PostAlreadyQueued_SkipsItInsteadOfSending()
    {
        await bot.RunAsync("/excerpt daily room-a 07:30 Europe/Amsterdam");
        await QueueFirstPostAsync();

        await Places.StopChannelAsync("terminal:room-a", PlaceStopReason.ChannelDeleted);
        time.Advance(TimeSpan.FromHours(1));
        await bot.CatchUpAsync();

        Assert.Empty(poster.Posts);
        await using var db = bot.Db();
        Assert.Equal(OutboxStatus.Skipped, (await db.Outbox.SingleAsync()).Status);
    }

    [Fact]
    public async Task StopCommunityAsync_CommunityWithTwoChannels_StopsBothAndLeavesOtherCommunitiesRunning()
    {
        await bot.RunAsync("/excerpt daily room-a 07:30 Europe/Amsterdam");
        await bot.RunAsync("/excerpt daily room-b 08:00 Europe/Amsterdam");
        await using (var db = bot.Db())
        {
            var other = await db.Schedules.SingleAsync(s => s.ChannelId == "terminal:room-b");
            other.CommunityId = "terminal:elsewhere";
            await db.SaveChangesAsync();
        }

        var stopped = await Places.StopCommunityAsync(TestBot.Community, PlaceStopReason.BotRemoved);
        time.Advance(TimeSpan.FromDays(1));
        await bot.CatchUpAsync();

        Assert.Equal(1, stopped);
        Assert.Equal(["terminal:room-b"], poster.Posts.Select(p => p.ChannelId));
    }

    [Fact]
    public async Task StopChannelAsync_ThenExcerptStatus_SaysTheChannelWasDeleted()
    {
        await bot.RunAsync($"{CommandLines.ExcerptDaily} room-a 07:30 Europe/Amsterdam");

        await Places.StopChannelAsync("terminal:room-a", PlaceStopReason.ChannelDeleted);
        var status = await bot.RunAsync(CommandLines.ExcerptStatus);

        Assert.Contains("the channel was deleted", ReplyText.Of(Assert.IsType<DocumentReply>(status)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopCommunityAsync_ThenCircleStatus_SaysTheBotWasRemoved()
    {
        await bot.RunAsync($"{CommandLines.ReadingListCreate} Spring");
        await bot.RunAsync($"{CommandLines.ReadingListAdd} Spring workplace-cells");
        await bot.RunAsync($"{CommandLines.CircleSetup} Spring room-a \"thursday 19:00\" Europe/Amsterdam");

        await Places.StopCommunityAsync(TestBot.Community, PlaceStopReason.BotRemoved);
        var status = await bot.RunAsync(CommandLines.CircleStatus);

        Assert.Contains("the bot was removed from this place", ReplyText.Of(Assert.IsType<DocumentReply>(status)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopChannelAsync_NewExcerptElsewhere_StatusShowsTheRunningOne()
    {
        await bot.RunAsync($"{CommandLines.ExcerptDaily} room-a 07:30 Europe/Amsterdam");
        await Places.StopChannelAsync("terminal:room-a", PlaceStopReason.ChannelDeleted);
        await bot.RunAsync($"{CommandLines.ExcerptDaily} room-b 08:00 Europe/Amsterdam");

        var status = ReplyText.Of(await bot.RunAsync(CommandLines.ExcerptStatus));

        Assert.Contains("terminal:room-b", status, StringComparison.Ordinal);
        Assert.DoesNotContain("deleted", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveChannelAsync_RoomReplaced_ScheduleSubscriptionAndQueuedPostGoToTheSuccessor()
    {
        await bot.RunAsync("/excerpt daily old-room 07:30 Europe/Amsterdam");
        await QueueFirstPostAsync();

        var moved = await Places.MoveChannelAsync("terminal:old-room", "terminal:new-room");
        time.Advance(TimeSpan.FromHours(1));
        await bot.CatchUpAsync();
        time.Advance(TimeSpan.FromDays(1));
        await bot.CatchUpAsync();

        Assert.Equal(1, moved);
        Assert.Equal(["terminal:new-room", "terminal:new-room"], poster.Posts.Select(p => p.ChannelId));
        await using var db = bot.Db();
        Assert.Equal("terminal:new-room", (await db.ExcerptSubscriptions.SingleAsync()).ChannelId);
        Assert.Equal("terminal:new-room", (await db.Schedules.SingleAsync()).ChannelId);
    }

    [Fact]
    public async Task MoveChannelAsync_SentPosts_KeepTheChannelTheyWereSentTo()
    {
        await bot.RunAsync("/excerpt daily old-room 07:30 Europe/Amsterdam");
        time.Advance(TimeSpan.FromDays(1));
        await bot.CatchUpAsync();

        await Places.MoveChannelAsync("terminal:old-room", "terminal:new-room");

        await using var db = bot.Db();
        Assert.Equal("terminal:old-room", (await db.Outbox.SingleAsync()).ChannelId);
    }

    // The first post is due and fails once on the way out, so it waits in the outbox for its retry.
    private async Task QueueFirstPostAsync()
    {
        var refused = 0;
        poster.BeforePost = (_, _) => Interlocked.Exchange(ref refused, 1) == 0 ? throw new TimeoutException("The platform did not answer.") : Task.CompletedTask;
        time.Advance(TimeSpan.FromDays(1));
        await bot.CatchUpAsync();
        await using var db = bot.Db();
        Assert.Equal(OutboxStatus.Pending, (await db.Outbox.SingleAsync()).Status);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await database.DisposeAsync();
    }
}
