using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Scheduling;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>Discord telling the bot that a channel or a server is gone, and the schedules there stopping with the reason.</summary>
public sealed class PlaceEventsEndToEndTests : IAsyncLifetime
{
    private const string ExcerptChannel = "555555555555555555";

    private FrontDoorSession _session = null!;

    public async Task InitializeAsync() => _session = await FrontDoorSession.StartAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task ChannelDelete_ChannelWithDailyExcerpt_StopsItAndStatusSaysTheChannelWasDeleted()
    {
        await SetUpExcerptAsync();

        await _session.DispatchAsync("CHANNEL_DELETE", new JsonObject { ["id"] = ExcerptChannel, ["type"] = 0, ["guild_id"] = FakeResponses.GuildId, ["name"] = "reading-circle" });

        await Eventually.HoldsAsync(() => ScheduleState() == Core.Scheduling.ScheduleState.Stopped, "the excerpt's schedule stops");
        var status = await _session.ReplyAsync(InteractionPayloads.Command("720000000000000002", "excerpt", "status", moderator: true));
        Assert.Contains("the channel was deleted", status.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuildDelete_BotRemoved_StopsTheServersSchedulesAndStatusSaysSo()
    {
        await SetUpExcerptAsync();

        await _session.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = FakeResponses.GuildId });

        await Eventually.HoldsAsync(() => ScheduleState() == Core.Scheduling.ScheduleState.Stopped, "the server's schedules stop");
        var status = await _session.ReplyAsync(InteractionPayloads.Command("720000000000000003", "excerpt", "status", moderator: true));
        Assert.Contains("the bot was removed from this place", status.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GuildDelete_Unavailable_IsAnOutageAndTheSchedulesKeepRunning()
    {
        await SetUpExcerptAsync();

        await HandleAsync("GUILD_DELETE", $$"""{"id":"{{FakeResponses.GuildId}}","unavailable":true}""");

        Assert.Equal(Core.Scheduling.ScheduleState.Active, ScheduleState());
    }

    [Fact]
    public async Task Ready_ServerWithSchedulesNoLongerListed_RemovedWhileAwaySoItsSchedulesStop()
    {
        await SetUpExcerptAsync();

        await HandleAsync("READY", """{"guilds":[{"id":"999999999999999999","unavailable":true}],"shard":[0,1]}""");

        Assert.Equal(Core.Scheduling.ScheduleState.Stopped, ScheduleState());
    }

    [Theory]
    [InlineData("""{"guilds":[{"id":"333333333333333333","unavailable":true}],"shard":[0,1]}""")]
    [InlineData("""{"guilds":[],"shard":[1,2]}""")]
    [InlineData("""{"shard":[0,1]}""")]
    public async Task Ready_ServerListedOrAnotherShardsOrNoList_SchedulesKeepRunning(string ready)
    {
        await SetUpExcerptAsync();

        await HandleAsync("READY", ready);

        Assert.Equal(Core.Scheduling.ScheduleState.Active, ScheduleState());
    }

    // Straight to the handlers, as the pump does: the test then knows the event was handled when they return.
    private async Task HandleAsync(string type, string data)
    {
        using var json = JsonDocument.Parse(data);
        await using var scope = _session.Bot.Services.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IGatewayDispatchHandler>())
        {
            await handler.HandleAsync(new GatewayDispatch(type, json.RootElement, 0), CancellationToken.None);
        }
    }

    private async Task SetUpExcerptAsync()
    {
        var options = new JsonObject { ["channel"] = ExcerptChannel, ["time"] = "07:30", ["timezone"] = "Europe/Amsterdam" };
        var reply = await _session.ReplyAsync(InteractionPayloads.Command("720000000000000001", "excerpt", "daily", options, moderator: true));
        Assert.Null(reply["flags"]);
        Assert.Equal(Core.Scheduling.ScheduleState.Active, ScheduleState());
    }

    private ScheduleState? ScheduleState()
    {
        using var db = _session.Db();
        return db.Schedules.AsNoTracking().Where(s => s.ChannelId == "discord:" + ExcerptChannel).Select(s => (ScheduleState?)s.State).SingleOrDefault();
    }
}
