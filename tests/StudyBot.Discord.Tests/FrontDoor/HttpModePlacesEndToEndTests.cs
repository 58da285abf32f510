using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Scheduling;
using StudyBot.Discord.FrontDoor;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>
/// A bot in HTTP interactions mode losing a place: no gateway tells it, so it reads the server list (at start and on a
/// timer) and learns of a deleted channel when a post there is refused; the schedules stop and <c>status</c> says why.
/// </summary>
public sealed class HttpModePlacesEndToEndTests : IAsyncLifetime
{
    private const string Channel = "555555555555555555";

    private HttpFrontDoorSession _session = null!;

    public async Task InitializeAsync() => _session = await HttpFrontDoorSession.StartAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task Sweep_ServerNoLongerListed_StopsItsSchedulesAndStatusSaysSo()
    {
        await SetUpExcerptAsync();
        _session.Fake.Servers = ["444444444444444444"];

        var gone = await Sweep().SweepAsync(CancellationToken.None);

        Assert.Equal(1, gone);
        Assert.Equal(ScheduleState.Stopped, State());
        var status = await _session.ReplyAsync(InteractionPayloads.Command("760000000000000002", "excerpt", "status", moderator: true));
        Assert.Contains("the bot was removed from this place", status.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_ServerOnTheThirdPage_ReadsEveryPageAndKeepsTheSchedules()
    {
        await SetUpExcerptAsync();
        var others = Enumerable.Range(0, 449).Select(i => (100000000000000000L + i).ToString(CultureInfo.InvariantCulture));
        _session.Fake.Servers = [.. others, FakeResponses.GuildId];

        var gone = await Sweep().SweepAsync(CancellationToken.None);

        Assert.Equal(0, gone);
        Assert.Equal(ScheduleState.Active, State());
        // The sweep at start reads the same pages too when, on a busy machine, it runs after the schedule was set up.
        var pages = _session.Fake.Exchanges.Where(e => e.Path == "/users/@me/guilds").Select(e => e.Query).Distinct().ToArray();
        Assert.Equal(["?limit=200", "?limit=200&after=100000000000000199", "?limit=200&after=100000000000000399"], pages);
    }

    [Fact]
    public async Task Sweep_NoServerHasSchedules_AsksDiscordNothing()
    {
        _session.Fake.Servers = [];

        var gone = await Sweep().SweepAsync(CancellationToken.None);

        Assert.Equal(0, gone);
        Assert.DoesNotContain(_session.Fake.Exchanges, e => e.Path == "/users/@me/guilds");
    }

    [Fact]
    public async Task Sweep_ListRefused_StopsNothing()
    {
        await SetUpExcerptAsync();
        _session.Fake.RejectToken = true;

        await Assert.ThrowsAnyAsync<Exception>(() => Sweep().SweepAsync(CancellationToken.None));

        Assert.Equal(ScheduleState.Active, State());
    }

    [Fact]
    public async Task Start_ServerRemovedWhileTheBotWasDown_ItsSchedulesStop()
    {
        await SetUpExcerptAsync();
        _session.Fake.Servers = [];

        await _session.RestartAsync();

        await Eventually.HoldsAsync(() => State() == ScheduleState.Stopped, "the sweep at start stops the removed server's schedules");
    }

    [Fact]
    public async Task ExcerptNow_ChannelDeleted_PostRefused404StopsTheChannelsSchedulesAndStatusSaysSo()
    {
        await SetUpExcerptAsync();
        _session.Fake.MissingChannels.Add(Channel);

        await _session.ReplyAsync(InteractionPayloads.Command("760000000000000003", "excerpt", "now", moderator: true));

        await Eventually.HoldsAsync(() => State() == ScheduleState.Stopped, "the excerpt's schedule stops");
        var status = await _session.ReplyAsync(InteractionPayloads.Command("760000000000000004", "excerpt", "status", moderator: true));
        Assert.Contains("the channel was deleted", status.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(_session.Fake.Exchanges, e => e.Method == "POST" && e.Path == $"/channels/{Channel}/messages");
    }

    private DiscordServerSweep Sweep() => _session.Bot.Services.GetRequiredService<DiscordServerSweep>();

    private async Task SetUpExcerptAsync()
    {
        var options = new JsonObject { ["channel"] = Channel, ["time"] = "07:30", ["timezone"] = "Europe/Amsterdam" };
        var reply = await _session.ReplyAsync(InteractionPayloads.Command("760000000000000001", "excerpt", "daily", options, moderator: true));
        Assert.Null(reply["flags"]);
        Assert.Equal(ScheduleState.Active, State());
    }

    private ScheduleState? State()
    {
        using var db = _session.Db();
        return db.Schedules.AsNoTracking().Where(s => s.ChannelId == "discord:" + Channel).Select(s => (ScheduleState?)s.State).SingleOrDefault();
    }
}
