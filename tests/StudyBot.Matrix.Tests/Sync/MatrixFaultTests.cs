using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Posting;
using StudyBot.Matrix.FrontDoor;
using StudyBot.Matrix.Session;
using StudyBot.Matrix.Tests.FakeHomeserver;
using StudyBot.Matrix.Tests.TestSupport;

namespace StudyBot.Matrix.Tests.Sync;

/// <summary>The real client survives the homeserver's faults without losing or doubling a message.</summary>
public sealed class MatrixFaultTests : IAsyncLifetime
{
    private const string Ann = "@ann:fake.test";

    private readonly InMemoryPlatformStateStore store = new();
    private FakeMatrixServer server = null!;

    public async Task InitializeAsync() => server = await FakeMatrixServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData(FaultKind.RateLimitedRetryAfterSeconds)]
    [InlineData(FaultKind.RateLimitedRetryAfterDate)]
    [InlineData(FaultKind.RateLimitedBodyHint)]
    [InlineData(FaultKind.ServerError)]
    [InlineData(FaultKind.DropBeforeHandling)]
    [InlineData(FaultKind.DropAfterHandling)]
    [InlineData(FaultKind.SoftLogout)]
    public async Task Send_Fault_ReplyArrivesExactlyOnce(FaultKind fault)
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();
        server.InjectFault("/send/", fault, times: 2);

        server.Post(room, Ann, "!echo first");
        server.Post(room, Ann, "!echo second");

        await server.WaitForBotEventsAsync(room, 2);
        await Task.Delay(500);
        Assert.Equal(["first", "second"], server.SentByBot(room).Select(e => e.Body));
        Assert.Equal(0, server.PendingFaults);
        Assert.True(server.SendRequestCount >= 2);
    }

    [Theory]
    [InlineData(FaultKind.RateLimitedRetryAfterSeconds)]
    [InlineData(FaultKind.RateLimitedBodyHint)]
    [InlineData(FaultKind.ServerError)]
    [InlineData(FaultKind.DropBeforeHandling)]
    [InlineData(FaultKind.DropAfterHandling)]
    [InlineData(FaultKind.SoftLogout)]
    public async Task Sync_Fault_CommandsStillAnsweredOnce(FaultKind fault)
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();
        server.InjectFault("/sync", fault, times: 3);

        var command = server.Post(room, Ann, "!echo through trouble");

        var reply = Assert.Single(await server.WaitForBotEventsAsync(room, 1));
        Assert.Equal("through trouble", reply.Body);
        await Task.Delay(500);
        Assert.Single(server.SentByBot(room));
        Assert.Equal(1, bot.Handled.CountOf(command));
    }

    [Fact]
    public async Task SoftLogout_WithPassword_LogsInAgainOnTheSameDevice()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();
        var device = store.Values[MatrixStateKeys.DeviceId];
        var token = store.Values[MatrixStateKeys.AccessToken];
        server.InjectFault("/sync", FaultKind.SoftLogout);
        await WaitUntilAsync(() => server.LoginCount == 2);

        server.Post(room, Ann, "!echo after soft logout");

        Assert.Equal("after soft logout", Assert.Single(await server.WaitForBotEventsAsync(room, 1)).Body);
        Assert.Equal(device, store.Values[MatrixStateKeys.DeviceId]);
        Assert.NotEqual(token, store.Values[MatrixStateKeys.AccessToken]);
    }

    [Fact]
    public async Task SoftLogout_TokenOnly_StopsWithClearMessage()
    {
        server.CreateRoomWithBot(Ann);
        var token = server.IssueToken();
        await using var bot = await StartBotAsync(new() { ["AccessToken"] = token, ["User"] = null, ["Password"] = null });
        server.InjectFault("/sync", FaultKind.SoftLogout);

        await WaitUntilAsync(() => bot.Logs.Lines.Any(l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("Matrix stopped", StringComparison.Ordinal)));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("no password is configured", StringComparison.Ordinal));
        Assert.Equal(0, server.LoginCount);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LockedAccount_PausesSaysSoOnceAndAnswersAgainWhenUnlocked()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();
        server.InjectFault("/sync", FaultKind.LockAccount);
        await WaitUntilAsync(() => bot.Logs.Lines.Any(l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("locked the bot's Matrix account", StringComparison.Ordinal)));
        await Task.Delay(1500);

        server.Unlock();
        server.Post(room, Ann, "!echo unlocked");

        Assert.Equal("unlocked", Assert.Single(await server.WaitForBotEventsAsync(room, 1)).Body);
        Assert.Single(bot.Logs.Lines, l => l.Contains("locked the bot's Matrix account", StringComparison.Ordinal));
        await WaitUntilAsync(() => bot.Logs.Lines.Any(l => l.Contains("serves the bot's Matrix account again (M_USER_LOCKED is over)", StringComparison.Ordinal)));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("Matrix stopped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuspendedAccount_SaysSoOnceKeepsReadingAndSendsAgainWhenLifted()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();
        server.Suspended = true;

        server.Post(room, Ann, "!echo one");
        server.Post(room, Ann, "!echo two");
        await WaitUntilAsync(() => server.SendRequestCount >= 2);
        server.Suspended = false;
        server.Post(room, Ann, "!echo lifted");

        Assert.Equal("lifted", Assert.Single(await server.WaitForBotEventsAsync(room, 1)).Body);
        Assert.Single(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("account is suspended", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("Sending m.room.message", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResourceLimit_OnAScheduledPost_ReportedWithTheAdminContactAndRetriedLater()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();
        var poster = bot.Services.GetRequiredService<IChannelPoster>();
        server.InjectFault("/send/", FaultKind.ResourceLimitExceeded);

        var refused = await Assert.ThrowsAsync<PostFailedException>(() => poster.PostAsync("matrix:" + room, new MessageReply("Reminder"), "circle:1:2026-12-01", CancellationToken.None));
        await poster.PostAsync("matrix:" + room, new MessageReply("Reminder"), "circle:1:2026-12-01", CancellationToken.None);

        Assert.False(refused.Permanent);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("over a resource limit", StringComparison.Ordinal) && l.Contains("mailto:admin@fake.test", StringComparison.Ordinal));
        Assert.Equal("Reminder", Assert.Single(server.SentByBot(room)).Body);
    }

    [Fact]
    public async Task Restart_StoredToken_NoNewLogin()
    {
        await using (var first = await StartBotAsync())
        {
        }

        await using var second = await StartBotAsync();

        Assert.Equal(1, server.LoginCount);
    }

    [Fact]
    public async Task Logs_WholeSessionWithFaults_NeverShowPasswordOrToken()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();
        server.InjectFault("/send/", FaultKind.SoftLogout);
        server.InjectFault("/sync", FaultKind.ServerError);
        server.Post(room, Ann, "!echo secret-free");
        await server.WaitForBotEventsAsync(room, 1);

        var tokens = store.Values.Where(v => v.Key.Contains("token", StringComparison.Ordinal)).Select(v => v.Value).ToList();
        Assert.NotEmpty(tokens);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(FakeMatrixServer.BotPassword, StringComparison.Ordinal) || tokens.Any(t => l.Contains(t, StringComparison.Ordinal)));
        Assert.Empty(server.AuthorizationsSeenInQuery);
    }

    [Fact]
    public async Task TwoInstances_SharedStateAndClaims_EachCommandAnsweredOnce()
    {
        var room = server.CreateRoomWithBot(Ann);
        var claims = new InMemoryEventClaims();
        await using var first = await MatrixTestBot.StartAsync(server, store, claims);
        await first.WaitForBaselineAsync();
        await using var second = await MatrixTestBot.StartAsync(server, store, claims);
        await Task.Delay(500);

        var commands = Enumerable.Range(0, 5).Select(i => server.Post(room, Ann, $"!echo {i}")).ToList();

        await server.WaitForBotEventsAsync(room, 5);
        await Task.Delay(1000);

        // Each instance keeps its own order; between them replies may interleave. Both instances may run a command
        // (events are claimed when their replies are stored, after running), but only the claim's winner answers.
        Assert.Equal(["0", "1", "2", "3", "4"], server.SentByBot(room).Select(e => e.Body).Order(StringComparer.Ordinal));
        Assert.All(commands, id => Assert.InRange(first.Handled.CountOf(id) + second.Handled.CountOf(id), 1, 2));
    }

    private async Task<MatrixTestBot> StartBotAsync(Dictionary<string, string?>? settings = null)
    {
        var bot = await MatrixTestBot.StartAsync(server, store, settings: settings, configure: services => services.AddSingleton<IChannelPoster, MatrixChannelPoster>());
        await bot.WaitForBaselineAsync();
        return bot;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "The condition did not come true within 20 s.");
    }
}
