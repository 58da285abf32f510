using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Rest;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.Gateway;

/// <summary>The real gateway client, as <c>AddDiscord</c> wires it, against the fake Discord's gateway.</summary>
public sealed class GatewayEndToEndTests : IAsyncLifetime
{
    private FakeDiscord _fake = null!;
    private DiscordTestHost _host = null!;
    private InMemoryPlatformStateStore _store = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();
        _fake.HeartbeatIntervalMs = 1000;
        _store = new InMemoryPlatformStateStore();
        _host = DiscordTestHost.Create(_fake, _store);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Start_Connected_IdentifiesWithGuildsIntentOnlyAndBeats()
    {
        await _host.StartAsync();
        var connection = await _fake.NextConnectionAsync();

        var identify = (await connection.WaitForAsync(2))["d"]!;
        var heartbeat = await connection.WaitForAsync(1);

        Assert.Equal("/gateway", connection.Path);
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);
        Assert.Equal(FakeDiscord.Token, identify["token"]!.GetValue<string>());
        Assert.Equal(1, identify["intents"]!.GetValue<int>());
        Assert.Equal("[0,1]", identify["shard"]!.ToJsonString());
        Assert.Equal(["browser", "device", "os"], identify["properties"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(1, heartbeat["d"]!.GetValue<int>());
        Assert.Equal("999", _store.Values["discord:identify:remaining"]);
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains(FakeDiscord.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InteractionCreate_Delivered_HandlerAnswersOverTheCallback()
    {
        var connection = await ConnectAsync();

        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", Interaction("700000000000000001", "quote"));

        var callback = await CallbackAsync("700000000000000001");
        Assert.Equal(4, callback.Body!["type"]!.GetValue<int>());
        Assert.Equal("handled quote", callback.Body["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task InteractionCreate_DeliveredTwice_HandledOnce()
    {
        var connection = await ConnectAsync();

        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", Interaction("700000000000000002", "quote"));
        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", Interaction("700000000000000002", "quote"));

        await Eventually.HoldsAsync(() => _host.Logs.Lines.Any(l => l.Contains("700000000000000002 was delivered again", StringComparison.Ordinal)), "the repeat is recognised");
        await CallbackAsync("700000000000000002");
        Assert.Single(_host.Handler.Handled, i => i.Id == "700000000000000002");
        Assert.Single(_fake.Exchanges, e => e.Path.StartsWith("/interactions/700000000000000002/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InteractionCreate_CallbacksSlowToAnswer_LaterInteractionsAreHandledMeanwhileOnBoundedConnections()
    {
        var connection = await ConnectAsync();
        _fake.HoldCallbacks();
        const int count = DiscordRestClient.MaxConnections + 16;

        for (var i = 0; i < count; i++)
        {
            await _fake.DispatchAsync(connection, "INTERACTION_CREATE", Interaction((710_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture), "quote"));
        }

        // Each connection carries one unanswered callback; the rest wait for a connection, not for the answers.
        await Eventually.HoldsAsync(() => _host.Handler.Handled.Count == count, "every interaction is handled while the callbacks wait");
        await Eventually.HoldsAsync(() => _fake.CallbacksHeld == DiscordRestClient.MaxConnections, "a callback on every connection");
        _fake.ReleaseCallbacks();
        await Eventually.HoldsAsync(() => _fake.Exchanges.Count(e => e.Path.EndsWith("/callback", StringComparison.Ordinal)) == count, "every callback answered");
        Assert.Equal(DiscordRestClient.MaxConnections, _fake.CallbackConnections);
    }

    [Fact]
    public async Task Reconnect_Requested_ClosesWith4000AndResumesTheSession()
    {
        var first = await ConnectAsync();
        await _fake.DispatchAsync(first, "INTERACTION_CREATE", Interaction("700000000000000003", "quote"));
        await CallbackAsync("700000000000000003");

        await first.SendAsync(7, null);

        Assert.Equal(4000, await first.Closed.WaitAsync(FakeDiscord.Patience));
        var second = await _fake.NextConnectionAsync();
        var resume = (await second.WaitForAsync(6))["d"]!;
        Assert.Equal("/resume", second.Path);
        Assert.Equal(first.SessionId, resume["session_id"]!.GetValue<string>());
        Assert.Equal(2, resume["seq"]!.GetValue<int>());
        await Eventually.HoldsAsync(() => _host.Logs.Lines.Any(l => l.Contains("resumed at sequence 3", StringComparison.Ordinal)), "the session resumes");
        Assert.Single(_host.Handler.Handled);
    }

    [Fact]
    public async Task Resume_EventsMissedWhileAway_AreReplayedAndHandledOnce()
    {
        var first = await ConnectAsync();
        await _fake.DispatchAsync(first, "INTERACTION_CREATE", Interaction("700000000000000004", "quote"));
        await CallbackAsync("700000000000000004");
        _fake.RecordMissed(first, "INTERACTION_CREATE", Interaction("700000000000000005", "search"));

        await first.CloseAsync(4000);

        var second = await _fake.NextConnectionAsync();
        await second.WaitForAsync(6);
        await CallbackAsync("700000000000000005");
        Assert.Equal(["700000000000000004", "700000000000000005"], _host.Handler.Handled.Select(i => i.Id).Order());
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAnewOnTheGatewayUrl()
    {
        var first = await ConnectAsync();

        await first.SendAsync(9, false);

        var second = await _fake.NextConnectionAsync();
        await second.WaitForAsync(2);
        Assert.Equal("/gateway", second.Path);
        Assert.NotEqual(1000, await first.Closed.WaitAsync(FakeDiscord.Patience));
    }

    [Fact]
    public async Task InvalidSession_Resumable_ResumesOnTheResumeUrl()
    {
        var first = await ConnectAsync();

        await first.SendAsync(9, true);

        var second = await _fake.NextConnectionAsync();
        var resume = (await second.WaitForAsync(6))["d"]!;
        Assert.Equal("/resume", second.Path);
        Assert.Equal(first.SessionId, resume["session_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Heartbeat_NoAck_ClosesTheZombieWithoutEndingTheSessionAndResumes()
    {
        _fake.HeartbeatIntervalMs = 300;
        var first = await ConnectAsync();

        _fake.AcknowledgeHeartbeats = false;

        var code = await first.Closed.WaitAsync(FakeDiscord.Patience);
        Assert.NotNull(code);
        Assert.NotEqual(1000, code);
        Assert.NotEqual(1001, code);
        _fake.AcknowledgeHeartbeats = true;
        var second = await _fake.NextConnectionAsync();
        await second.WaitForAsync(6);
        Assert.Equal("/resume", second.Path);
        Assert.Contains(_host.Logs.Lines, l => l.Contains("no heartbeat ACK", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resume_RefusedByDiscord_IdentifiesAnew()
    {
        var first = await ConnectAsync();
        _fake.AcceptResumes = false;

        await first.CloseAsync(4000);

        var second = await _fake.NextConnectionAsync();
        await second.WaitForAsync(6);
        var third = await _fake.NextConnectionAsync();
        await third.WaitForAsync(2);
        Assert.Equal("/gateway", third.Path);
    }

    [Theory]
    [InlineData(4000, "/resume", 6)]
    [InlineData(4001, "/resume", 6)]
    [InlineData(4002, "/resume", 6)]
    [InlineData(4008, "/resume", 6)]
    [InlineData(4003, "/gateway", 2)]
    [InlineData(4005, "/gateway", 2)]
    [InlineData(4007, "/gateway", 2)]
    [InlineData(4009, "/gateway", 2)]
    public async Task Close_RecoverableCode_ResumesOrIdentifiesAsDocumented(int code, string path, int op)
    {
        var first = await ConnectAsync();

        await first.CloseAsync(code);

        var second = await _fake.NextConnectionAsync();
        await second.WaitForAsync(op);
        Assert.Equal(path, second.Path);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Close_FatalCode_StopsTheGatewayWithAReason(int code)
    {
        var first = await ConnectAsync();

        await first.CloseAsync(code);

        var gateway = _host.Services.GetServices<IHostedService>().OfType<GatewayService>().Single();
        await gateway.ExecuteTask!.WaitAsync(FakeDiscord.Patience);
        Assert.Contains(_host.Logs.Lines, l => l.Contains($"stopped for good: close code {code}, ", StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Lines, l => l.Contains("The Discord gateway stopped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadFrames_MalformedUnknownAndOversized_AreSkippedAndTheConnectionSurvives()
    {
        // Nine megabytes take a while on a busy machine; a long beat keeps this test about bad frames, not zombies.
        _fake.HeartbeatIntervalMs = 60_000;
        var connection = await ConnectAsync();

        await connection.SendRawAsync("not json");
        await connection.SendRawAsync("""{"op":"ten"}""");
        await connection.SendRawAsync("[1,2,3]");
        await connection.SendRawAsync("""{"op":99,"d":null}""");
        await connection.SendRawAsync("""{"op":10,"d":{}}""");
        await connection.SendRawAsync("""{"op":0,"s":null,"t":"RATE_LIMITED","d":{"opcode":8,"meta":{}}}""");
        await connection.SendRawAsync("""{"op":0,"s":null,"t":"INTERACTION_CREATE","d":{"id":"1","type":99,"token":"t","application_id":"1"}}""");
        await connection.SendRawAsync("""{"op":0,"s":null,"t":"INTERACTION_CREATE","d":{"id":"2"}}""");
        await connection.SendRawAsync("""{"op":0,"s":null,"t":"GUILD_CREATE","d":{"pad":""" + "\"" + new string('x', 9 * 1024 * 1024) + "\"}}");
        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", Interaction("700000000000000006", "quote"));

        await CallbackAsync("700000000000000006");
        Assert.False(connection.Closed.IsCompleted);
        var lines = _host.Logs.Lines;
        Assert.Equal(4, lines.Count(l => l.Contains("skipped a malformed gateway frame", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("skipped a gateway message over", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("unknown type 99", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("unreadable Discord interaction", StringComparison.Ordinal));
        Assert.Single(_host.Handler.Handled);
    }

    [Fact]
    public async Task Identify_BudgetNearlySpent_WaitsInsteadOfIdentifying()
    {
        _fake.IdentifyRemaining = 3;
        await _host.StartAsync();

        await Eventually.HoldsAsync(() => _host.Logs.Lines.Any(l => l.Contains("Only 3 Discord identifies remain", StringComparison.Ordinal)), "the low budget is reported");

        Assert.Equal(0, _fake.ConnectionsOpened);
        Assert.Equal("3", _store.Values["discord:identify:remaining"]);
    }

    [Fact]
    public async Task Handler_Throws_UserGetsAPrivateErrorAndTheGatewayGoesOn()
    {
        var connection = await ConnectAsync();

        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", Interaction("700000000000000007", "fail"));
        await _fake.DispatchAsync(connection, "INTERACTION_CREATE", Interaction("700000000000000008", "quote"));

        var failed = await CallbackAsync("700000000000000007");
        await CallbackAsync("700000000000000008");
        Assert.Equal(64, failed.Body!["data"]!["flags"]!.GetValue<int>());
        Assert.Equal("[]", failed.Body["data"]!["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.False(connection.Closed.IsCompleted);
    }

    internal static JsonObject Interaction(string id, string command) => FakeResponses.Interaction(id, command);

    private async Task<FakeGatewayConnection> ConnectAsync()
    {
        await _host.StartAsync();
        var connection = await _fake.NextConnectionAsync();
        await connection.WaitForAsync(2);
        await Eventually.HoldsAsync(() => _host.Logs.Lines.Any(l => l.Contains("is ready", StringComparison.Ordinal)), "READY arrives");
        return connection;
    }

    private async Task<RecordedExchange> CallbackAsync(string interactionId)
    {
        var prefix = $"/interactions/{interactionId}/";
        await Eventually.HoldsAsync(() => _fake.Exchanges.Any(e => e.Path.StartsWith(prefix, StringComparison.Ordinal)), $"a callback for {interactionId}");
        return _fake.Exchanges.First(e => e.Path.StartsWith(prefix, StringComparison.Ordinal));
    }
}
