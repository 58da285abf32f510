using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using StudyBot.Core.Commands;
using StudyBot.Core.Posting;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Excerpts;

/// <summary>/excerpt daily and /circle-admin setup: the community's zone as default, channel checks, Dutch replies.</summary>
public sealed class ExcerptSetupTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly RecordingPoster poster = new();
    private readonly TestDatabase database = TestDatabase.Sqlite();
    private readonly Mock<IChannelAccess> access = new();
    private TestBot bot = null!;

    public async Task InitializeAsync()
    {
        access.SetupGet(a => a.Platform).Returns("terminal");
        access.Setup(a => a.CheckAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(ChannelAccessResult.Allowed);
        access.Setup(a => a.CheckAsync("terminal:closed", It.IsAny<CancellationToken>())).ReturnsAsync(ChannelAccessResult.CannotPost);
        bot = await TestBot.StartAsync(database, time, poster, frontDoor: (services, _) => services.AddSingleton(access.Object));
    }

    [Fact]
    public async Task Daily_NoZoneNamedButCommunityHasOne_UsesTheCommunityZone()
    {
        await bot.RunAsync("/settings-admin timezone America/New_York");

        var reply = Assert.IsType<MessageReply>(await bot.RunInCommunityAsync("/excerpt daily terminal 07:30"));

        Assert.Equal(ReplyTone.Success, reply.Tone);
        await using var db = bot.Db();
        Assert.Equal("America/New_York", (await db.Schedules.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task Daily_NoZoneNamedAndNoneSet_IsRefusedNamingTheOptionAndStoresNothing()
    {
        var reply = Assert.IsType<MessageReply>(await bot.RunInCommunityAsync("/excerpt daily terminal 07:30"));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains("Option 'timezone' is needed", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/settings-admin timezone", reply.Text, StringComparison.Ordinal);
        await using var db = bot.Db();
        Assert.Empty(await db.Schedules.ToListAsync());
    }

    [Fact]
    public async Task Daily_ChannelTheBotCannotPostIn_IsRefusedWithTheReasonAndStoresNothing()
    {
        var reply = Assert.IsType<MessageReply>(await bot.RunAsync("/excerpt daily closed 07:30 Europe/Amsterdam"));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Equal("Option 'channel': the bot may view terminal:closed but not post in it. Give it the permission to send messages there first.", reply.Text);
        await using var db = bot.Db();
        Assert.Empty(await db.Schedules.ToListAsync());
    }

    [Fact]
    public async Task CircleSetup_ChannelTheBotCannotPostIn_IsRefusedAndStoresNothing()
    {
        await bot.RunAsync("/readinglist-admin create Spring");
        await bot.RunAsync("/readinglist-admin add Spring workplace-cells");

        var reply = Assert.IsType<MessageReply>(await bot.RunAsync("/circle-admin setup Spring closed \"thursday 19:00\" Europe/Amsterdam"));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains("not post in it", reply.Text, StringComparison.Ordinal);
        await using var db = bot.Db();
        Assert.Empty(await db.Circles.ToListAsync());
    }

    [Fact]
    public async Task Status_CommunityInDutch_ShowsDutchLinesAndScheduleFromTheCron()
    {
        await bot.RunAsync("/settings-admin language nl");
        await bot.RunAsync("/excerpt daily terminal 07:30 Europe/Amsterdam");

        var reply = Assert.IsType<DocumentReply>(await bot.RunInCommunityAsync("/excerpt status"));

        Assert.Equal("Dagelijks fragment uit het hele corpus", reply.Title);
        Assert.Equal("Status: actief", reply.Paragraphs[0]);
        Assert.Equal("Schema: elke dag om 07:30 (Europe/Amsterdam), post in terminal:terminal", reply.Paragraphs[1]);
        Assert.Equal("Volgende keer: di 2 jun 2026 07:30 (Europe/Amsterdam)", reply.Paragraphs[2]);
    }

    [Fact]
    public async Task Daily_CommunityInDutch_RefusalIsDutch()
    {
        await bot.RunAsync("/settings-admin language nl");

        var reply = Assert.IsType<MessageReply>(await bot.RunInCommunityAsync("/excerpt daily terminal 07:30"));

        Assert.StartsWith("Optie 'timezone' is nodig", reply.Text, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await database.DisposeAsync();
    }
}
