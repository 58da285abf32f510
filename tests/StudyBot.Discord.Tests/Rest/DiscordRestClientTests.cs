using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Discord.Rest;
using StudyBot.Discord.Rest.Models;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private FakeDiscord _fake = null!;
    private DiscordTestHost _host = null!;

    private DiscordRestClient Rest => _host.Services.GetRequiredService<DiscordRestClient>();

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        // HTTP mode on port 0 keeps the gateway off, so these tests see REST alone.
        _host = DiscordTestHost.Create(_fake, settings: new Dictionary<string, string?>
        {
            ["StudyBot:Discord:Mode"] = "Http",
            ["StudyBot:Discord:HttpListen"] = "http://127.0.0.1:0",
            ["StudyBot:Discord:PublicKey"] = new string('a', 64),
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task GetGatewayBotAsync_Always_SendsBotTokenAndDiscordBotUserAgent()
    {
        var info = await Rest.GetGatewayBotAsync(CancellationToken.None);

        Assert.Equal(_fake.GatewayUrl, info.Url);
        var exchange = Assert.Single(_fake.Exchanges);
        Assert.Equal("Bot " + FakeDiscord.Token, exchange.RequestHeaders["Authorization"]);
        Assert.Matches(@"^DiscordBot \(https?://[^,]+, [0-9][^)]*\)$", exchange.RequestHeaders["User-Agent"]);
    }

    [Fact]
    public async Task CreateMessageAsync_PlainBody_SuppressesEveryMention()
    {
        await Rest.CreateMessageAsync("555", new MessageBody { Content = "@everyone read this" }, CancellationToken.None);

        var body = Assert.Single(_fake.Exchanges).Body!;
        var parse = Assert.IsType<JsonArray>(body["allowed_mentions"]!["parse"]);
        Assert.Empty(parse);
    }

    [Fact]
    public async Task CreateMessageAsync_SameNonceTwice_ReturnsTheFirstMessage()
    {
        var message = new MessageBody { Content = "Daily excerpt", Nonce = "occurrence-1", EnforceNonce = true };

        var first = await Rest.CreateMessageAsync("555", message, CancellationToken.None);
        var second = await Rest.CreateMessageAsync("555", message, CancellationToken.None);

        Assert.Equal(first.Id, second.Id);
        Assert.All(_fake.Exchanges, e => Assert.True(e.Body!["enforce_nonce"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task CreateMessageAsync_MoreThanTheBucketAllows_WaitsForTheResetInsteadOfHitting429()
    {
        _fake.MessageBucketLimit = 3;
        _fake.MessageBucketWindow = TimeSpan.FromSeconds(1);

        for (var i = 0; i < 7; i++)
        {
            await Rest.CreateMessageAsync("555", new MessageBody { Content = $"post {i}" }, CancellationToken.None);
        }

        Assert.Equal(7, _fake.Exchanges.Count(e => e.Status == 200));
        Assert.Equal(0, _fake.MessageBucketOverruns);
    }

    [Fact]
    public async Task GetChannelAsync_GlobalLimitTwice_RetriesAfterRetryAfterAndSucceeds()
    {
        _fake.LimitGlobally(2);

        var channel = await Rest.GetChannelAsync("555", CancellationToken.None);

        Assert.Equal("555", channel.Id);
        Assert.Equal([429, 429, 200], _fake.Exchanges.Select(e => e.Status));
    }

    [Fact]
    public async Task GetChannelAsync_429WithoutBody_StopsSendingUntilTheBanEnds()
    {
        _fake.Ban(1);

        var refused = await Assert.ThrowsAsync<DiscordApiException>(() => Rest.GetChannelAsync("555", CancellationToken.None));
        var stopped = await Assert.ThrowsAsync<DiscordUnavailableException>(() => Rest.GetChannelAsync("555", CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Single(_fake.Exchanges);
        Assert.Contains("429 without a body", stopped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetChannelAsync_TokenRefused_SendsNothingMoreAndNeverShowsTheToken()
    {
        _fake.RejectToken = true;

        var refused = await Assert.ThrowsAsync<DiscordApiException>(() => Rest.GetChannelAsync("555", CancellationToken.None));
        var stopped = await Assert.ThrowsAsync<DiscordUnavailableException>(() => Rest.CreateMessageAsync("555", new MessageBody { Content = "x" }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.True(refused.IsPermanent);
        Assert.Single(_fake.Exchanges);
        Assert.DoesNotContain(FakeDiscord.Token, refused.Message + stopped.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains(FakeDiscord.Token, StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Lines, line => line.Contains("refused the bot token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateInteractionResponseAsync_Failure_NamesTheRouteButNotTheInteractionToken()
    {
        _fake.RejectToken = true;

        var refused = await Assert.ThrowsAsync<DiscordApiException>(() =>
            Rest.CreateInteractionResponseAsync("123", "interaction-secret", InteractionResponse.Pong, CancellationToken.None));

        Assert.Contains("interactions/{id}/{token}/callback", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("interaction-secret", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains("interaction-secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditOriginalAndFollowup_EmbedAndButtons_SendThemWithoutMentions()
    {
        var message = new MessageBody
        {
            Embeds = [new Embed { Title = "Quote", Description = "Workers of the world", Color = 0x5865F2, Footer = new EmbedFooter("Manifesto, 1848"), Fields = [new EmbedField("Section", "I")] }],
            Components = [MessageComponent.Row([MessageComponent.Button("Another", "quote:another"), MessageComponent.Button("Context", "quote:context:1", style: 1)])],
            Flags = 64,
        };

        var edited = await Rest.EditOriginalResponseAsync(FakeResponses.ApplicationId, "interaction-token", message, CancellationToken.None);
        var followup = await Rest.CreateFollowupMessageAsync(FakeResponses.ApplicationId, "interaction-token", message, CancellationToken.None);
        var application = await Rest.GetCurrentApplicationAsync(CancellationToken.None);

        Assert.NotEqual(edited.Id, followup.Id);
        Assert.Equal(FakeResponses.ApplicationId, application.Id);
        var sent = _fake.Exchanges.Where(e => e.Method is "PATCH" or "POST").ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, e => Assert.Equal("[]", e.Body!["allowed_mentions"]!["parse"]!.ToJsonString()));
        Assert.All(sent, e => Assert.Equal("quote:another", e.Body!["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task BulkOverwriteGuildCommandsAsync_Commands_ReturnsThemWithIds()
    {
        var commands = new JsonArray(new JsonObject { ["name"] = "quote", ["description"] = "Post a quote", ["type"] = 1 });

        var registered = await Rest.BulkOverwriteGuildCommandsAsync(FakeResponses.ApplicationId, "333", commands, CancellationToken.None);

        var command = Assert.Single(registered)!;
        Assert.Equal("quote", command["name"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(command["id"]!.GetValue<string>()));
        Assert.Equal("PUT", Assert.Single(_fake.Exchanges).Method);
    }
}
