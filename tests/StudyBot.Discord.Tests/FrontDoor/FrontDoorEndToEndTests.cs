using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Posting;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Discord.FrontDoor;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.Gateway;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>The bot with its Discord front door against the fake: registration, commands, autocomplete, buttons, posts.</summary>
public sealed class FrontDoorEndToEndTests : IAsyncLifetime
{
    private FakeDiscord _fake = null!;
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        _database = TestDatabase.Sqlite();
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Start_SameCatalogTwice_RegistersCommandsOnce()
    {
        await using (await FrontDoorBot.StartAsync(_fake, _database))
        {
            await Eventually.HoldsAsync(() => Registrations().Length == 1, "the catalog is registered");
            await _fake.NextConnectionAsync();
        }

        await using (await FrontDoorBot.StartAsync(_fake, _database))
        {
            await _fake.NextConnectionAsync();
            await Task.Delay(500);
        }

        var registration = Assert.Single(Registrations());
        Assert.Equal("/applications/" + FakeResponses.ApplicationId + "/commands", registration.Path);
        Assert.Contains(registration.Body!.AsArray(), c => c!["name"]!.GetValue<string>() == "quote");
    }

    [Fact]
    public async Task Start_DevelopmentGuild_RegistersInThatGuild()
    {
        await using var bot = await FrontDoorBot.StartAsync(_fake, _database, new Dictionary<string, string?> { ["StudyBot:Discord:DevelopmentGuildId"] = "333333333333333333" });

        await Eventually.HoldsAsync(() => Registrations().Length == 1, "the catalog is registered");
        Assert.EndsWith("/guilds/333333333333333333/commands", Registrations()[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quote_Interaction_AnswersInlineWithAnEmbedThatPingsNobody()
    {
        await using var bot = await FrontDoorBot.StartAsync(_fake, _database);
        var connection = await ConnectAsync();

        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", GatewayEndToEndTests.Interaction("710000000000000001", "quote"));

        var data = (await CallbackAsync("710000000000000001")).Body!;
        Assert.Equal(4, data["type"]!.GetValue<int>());
        var embed = data["data"]!["embeds"]![0]!;
        Assert.False(string.IsNullOrWhiteSpace(embed["description"]!.GetValue<string>()));
        var footer = embed["footer"]!["text"]!.GetValue<string>();
        Assert.Contains(TestCorpusTitles.All, t => footer.StartsWith(t, StringComparison.Ordinal));
        Assert.Equal("[]", data["data"]!["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Null(data["data"]!["flags"]);
    }

    [Fact]
    public async Task ModeratorCommand_MemberWithoutManageServer_RefusedPrivately()
    {
        await using var bot = await FrontDoorBot.StartAsync(_fake, _database);
        var connection = await ConnectAsync();
        var interaction = GatewayEndToEndTests.Interaction("710000000000000002", "excerpt");
        interaction["data"]!["options"] = new JsonArray(new JsonObject { ["name"] = "status", ["type"] = 1 });

        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", interaction);

        var data = (await CallbackAsync("710000000000000002")).Body!["data"]!;
        Assert.Equal(64, data["flags"]!.GetValue<int>());
        Assert.Contains("moderator", data["content"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ModeratorCommand_ManageServer_Runs()
    {
        await using var bot = await FrontDoorBot.StartAsync(_fake, _database);
        var connection = await ConnectAsync();
        var interaction = GatewayEndToEndTests.Interaction("710000000000000003", "excerpt");
        interaction["data"]!["options"] = new JsonArray(new JsonObject { ["name"] = "status", ["type"] = 1 });
        interaction["member"]!["permissions"] = "32";

        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", interaction);

        var data = (await CallbackAsync("710000000000000003")).Body!["data"]!;
        Assert.Contains("no daily excerpt", data.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Autocomplete_Document_SuggestsMatchingDocuments()
    {
        await using var bot = await FrontDoorBot.StartAsync(_fake, _database);
        var connection = await ConnectAsync();
        var interaction = GatewayEndToEndTests.Interaction("710000000000000004", "summary");
        interaction["type"] = 4;
        interaction["data"]!["options"] = new JsonArray(new JsonObject { ["name"] = "document", ["type"] = 3, ["value"] = "workplace", ["focused"] = true });

        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", interaction);

        var body = (await CallbackAsync("710000000000000004")).Body!;
        Assert.Equal(8, body["type"]!.GetValue<int>());
        var choice = Assert.Single(body["data"]!["choices"]!.AsArray());
        Assert.Equal("workplace-cells", choice!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Button_ReplaceIntent_UpdatesTheMessage()
    {
        await using var bot = await FrontDoorBot.StartAsync(_fake, _database);
        var connection = await ConnectAsync();
        var id = await bot.Services.GetRequiredService<ActionIds>().IdOfAsync(new ReplyAction("Next", "/documents") { Intent = ActionIntent.ReplaceMessage }, CancellationToken.None);

        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", Button("710000000000000005", id));

        var body = (await CallbackAsync("710000000000000005")).Body!;
        Assert.Equal(7, body["type"]!.GetValue<int>());
        Assert.Contains("The backbone of Leninist organization", body["data"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Button_UnknownCustomId_ShortPrivateError()
    {
        await using var bot = await FrontDoorBot.StartAsync(_fake, _database);
        var connection = await ConnectAsync();

        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", Button("710000000000000006", "v1:quiz:answer:B"));

        var data = (await CallbackAsync("710000000000000006")).Body!["data"]!;
        Assert.Equal(64, data["flags"]!.GetValue<int>());
        Assert.Equal(DiscordInteractionHandler.StaleButtonText, data["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_SameKeyTwice_OneMessageWithOneNonce()
    {
        await using var bot = await FrontDoorBot.StartAsync(_fake, _database);
        var poster = bot.Services.GetServices<IChannelPoster>().Single(p => p.Platform == "discord");
        var reply = new QuoteReply("Solidarity forever.", new Attribution("Strike Diary", "A. Writer", "1921", null));

        var first = await poster.PostAsync("discord:555555555555555555", reply, "excerpt:discord:1:2026-12-01T07:30", CancellationToken.None);
        var again = await poster.PostAsync("discord:555555555555555555", reply, "excerpt:discord:1:2026-12-01T07:30", CancellationToken.None);

        Assert.Equal(first, again);
        var posts = _fake.Exchanges.Where(e => e.Path == "/channels/555555555555555555/messages").ToArray();
        Assert.Equal(2, posts.Length);
        var nonce = posts[0].Body!["nonce"]!.GetValue<string>();
        Assert.InRange(nonce.Length, 1, 25);
        Assert.Equal(nonce, posts[1].Body!["nonce"]!.GetValue<string>());
        Assert.True(posts[0].Body!["enforce_nonce"]!.GetValue<bool>());
        Assert.Equal("[]", posts[0].Body!["allowed_mentions"]!["parse"]!.ToJsonString());
    }

    [Fact]
    public async Task Post_ReminderWithRoleField_TheRequestAllowsThatRoleOnly()
    {
        await using var bot = await FrontDoorBot.StartAsync(_fake, _database);
        var poster = bot.Services.GetServices<IChannelPoster>().Single(p => p.Platform == "discord");
        var reply = new MessageReply("Reading circle tonight. @everyone <@&1>") { MentionRoleId = "81384788765712384" };

        await poster.PostAsync("discord:555555555555555555", reply, "circle:1:reminder", CancellationToken.None);

        var body = _fake.Exchanges.Single(e => e.Path == "/channels/555555555555555555/messages").Body!;
        Assert.Equal(@"<@&81384788765712384> Reading circle tonight. @everyone \<@&1\>", body["content"]!.GetValue<string>());
        Assert.Equal("[]", body["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Equal("[\"81384788765712384\"]", body["allowed_mentions"]!["roles"]!.ToJsonString());
    }

    [Fact]
    public async Task Post_DeletedChannel_PermanentFailure()
    {
        await using var bot = await FrontDoorBot.StartAsync(_fake, _database);
        _fake.MissingChannels.Add("666666666666666666");
        var poster = bot.Services.GetServices<IChannelPoster>().Single(p => p.Platform == "discord");

        var failure = await Assert.ThrowsAsync<PostFailedException>(() =>
            poster.PostAsync("discord:666666666666666666", new MessageReply("Reading circle tonight."), "circle:1", CancellationToken.None));

        Assert.True(failure.Permanent);
        Assert.DoesNotContain(FakeDiscord.Token, failure.Message, StringComparison.Ordinal);
    }

    private RecordedExchange[] Registrations() =>
        _fake.Exchanges.Where(e => e.Method == "PUT" && e.Path.EndsWith("/commands", StringComparison.Ordinal)).ToArray();

    private async Task<FakeGatewayConnection> ConnectAsync()
    {
        var connection = await _fake.NextConnectionAsync();
        await connection.WaitForAsync(2);
        await Eventually.HoldsAsync(() => connection.SessionId is not null, "the session starts");
        return connection;
    }

    private async Task<RecordedExchange> CallbackAsync(string interactionId)
    {
        var prefix = $"/interactions/{interactionId}/";
        await Eventually.HoldsAsync(() => _fake.Exchanges.Any(e => e.Path.StartsWith(prefix, StringComparison.Ordinal)), $"a callback for {interactionId}");
        return _fake.Exchanges.First(e => e.Path.StartsWith(prefix, StringComparison.Ordinal));
    }

    private static JsonObject Button(string id, string customId)
    {
        var interaction = GatewayEndToEndTests.Interaction(id, "unused");
        interaction["type"] = 3;
        interaction["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        interaction["message"] = new JsonObject { ["id"] = "777777777777777777", ["channel_id"] = "444444444444444444" };
        return interaction;
    }
}
