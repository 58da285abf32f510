using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StudyBot.Discord.FrontDoor;
using StudyBot.Discord.Tests.Fake;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>A moderator pointing a daily excerpt at a channel, and the bot checking it can post there first.</summary>
public sealed class ChannelAccessEndToEndTests : IAsyncLifetime
{
    private const string Channel = "555555555555555555";
    private const string BotRole = "888888888888888888";

    private FrontDoorSession _session = null!;

    public async Task InitializeAsync() => _session = await FrontDoorSession.StartAsync();

    public async Task DisposeAsync() => await _session.DisposeAsync();

    [Fact]
    public async Task ExcerptDaily_EveryoneMayNotViewTheChannel_RefusedPrivatelyAndNothingStored()
    {
        Overwrites(FakeResponses.Overwrite(FakeResponses.GuildId, 0, 0, (long)DiscordPermissions.ViewChannel));

        var data = await SetUpAsync("730000000000000001");

        Assert.Equal(64, data["flags"]!.GetValue<int>());
        Assert.Contains("may not view", data["content"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
        Assert.Contains(_session.Fake.Exchanges, e => e.Path == $"/guilds/{FakeResponses.GuildId}/members/{FakeResponses.BotUserId}");
    }

    [Fact]
    public async Task ExcerptDaily_EveryoneDeniedButTheBotsRoleAllowed_SetsUp()
    {
        _session.Fake.GuildRoles[BotRole] = "0";
        _session.Fake.BotRoles.Add(BotRole);
        var post = (long)(DiscordPermissions.ViewChannel | DiscordPermissions.SendMessages);
        Overwrites(FakeResponses.Overwrite(FakeResponses.GuildId, 0, 0, post), FakeResponses.Overwrite(BotRole, 0, post, 0));

        var data = await SetUpAsync("730000000000000002");

        Assert.Null(data["flags"]);
        await using var db = _session.Db();
        Assert.True(await db.Schedules.AnyAsync(s => s.ChannelId == "discord:" + Channel));
    }

    [Fact]
    public async Task ExcerptDaily_BotMayPostButNotEmbed_RefusedNamingTheEmbedPermission()
    {
        Overwrites(FakeResponses.Overwrite(FakeResponses.BotUserId, 1, 0, (long)DiscordPermissions.EmbedLinks));

        var data = await SetUpAsync("730000000000000003");

        Assert.Equal(64, data["flags"]!.GetValue<int>());
        Assert.Contains("embed links", data["content"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ExcerptDaily_UnknownChannel_RefusedSayingTheBotCannotFindIt()
    {
        _session.Fake.MissingChannels.Add(Channel);

        var data = await SetUpAsync("730000000000000004");

        Assert.Equal(64, data["flags"]!.GetValue<int>());
        Assert.Contains("cannot find", data["content"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task ExcerptDaily_ChannelHiddenFromTheBot_RefusedSayingItMayNotView()
    {
        _session.Fake.HiddenChannels.Add(Channel);

        var data = await SetUpAsync("730000000000000005");

        Assert.Contains("may not view", data["content"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    private void Overwrites(params JsonObject[] overwrites) => _session.Fake.ChannelOverwrites[Channel] = new JsonArray(overwrites);

    private async Task<JsonNode> SetUpAsync(string interactionId)
    {
        var options = new JsonObject { ["channel"] = Channel, ["time"] = "07:30", ["timezone"] = "Europe/Amsterdam" };
        return await _session.ReplyAsync(InteractionPayloads.Command(interactionId, "excerpt", "daily", options, moderator: true));
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var db = _session.Db();
        Assert.False(await db.Schedules.AnyAsync());
        Assert.False(await db.ExcerptSubscriptions.AnyAsync());
    }
}
