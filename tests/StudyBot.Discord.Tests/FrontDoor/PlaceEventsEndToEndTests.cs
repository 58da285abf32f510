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
        using var outage = JsonDocument.Parse($$"""{"id":"{{FakeResponses.GuildId}}","unavailable":true}""");

        // Straight to the handlers, as the pump does: the test then knows the event was handled when they return.
        await using (var scope = _session.Bot.Services.CreateAsyncScope())
        {
            foreach (var handler in scope.ServiceProvider.GetServices<IGatewayDispatchHandler>())
            {
                await handler.HandleAsync(new GatewayDispatch("GUILD_DELETE", outage.RootElement, 0), CancellationToken.None);
            }
        }

        Assert.Equal(Core.Scheduling.ScheduleState.Active, ScheduleState());
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
