using Microsoft.Extensions.DependencyInjection;
using StudyBot.Matrix.Http;
using StudyBot.Matrix.Session;
using StudyBot.Matrix.Tests.FakeHomeserver;
using StudyBot.Matrix.Tests.TestSupport;

namespace StudyBot.Matrix.Tests.Session;

/// <summary>Finding the homeserver from a server name, and renewing a soft-logged-out session with a refresh token.</summary>
public sealed class MatrixSignInTests : IAsyncLifetime
{
    private const string Ann = "@ann:fake.test";

    private readonly InMemoryPlatformStateStore store = new();
    private FakeMatrixServer server = null!;

    public async Task InitializeAsync() => server = await FakeMatrixServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Start_ServerNameOnly_FindsTheHomeserverThroughWellKnown()
    {
        server.WellKnownBaseUrl = "https://matrix.fake.test";
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartByServerNameAsync();
        await bot.WaitForBaselineAsync();

        server.Post(room, Ann, "!echo found");

        Assert.Equal("found", Assert.Single(await server.WaitForBotEventsAsync(room, 1)).Body);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("on https://matrix.fake.test/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ServerNameWithoutWellKnown_StopsNamingTheSetting()
    {
        await using var bot = await StartByServerNameAsync();

        await WaitUntilAsync(() => bot.Logs.Lines.Any(l => l.Contains("ServerName fake.test names no homeserver", StringComparison.Ordinal)));
        Assert.Equal(0, server.LoginCount);
    }

    [Fact]
    public async Task SoftLogout_StoredRefreshToken_RefreshedWithoutALogin()
    {
        var room = server.CreateRoomWithBot(Ann);
        var (accessToken, refreshToken) = SeedRefreshableSession();
        await using var bot = await MatrixTestBot.StartAsync(server, store);
        await bot.WaitForBaselineAsync();
        server.InjectFault("/sync", FaultKind.SoftLogout);
        await WaitUntilAsync(() => server.RefreshCount == 1);

        server.Post(room, Ann, "!echo refreshed");

        Assert.Equal("refreshed", Assert.Single(await server.WaitForBotEventsAsync(room, 1)).Body);
        Assert.Equal(0, server.LoginCount);
        Assert.NotEqual(accessToken, store.Values[MatrixStateKeys.AccessToken]);
        Assert.NotEqual(refreshToken, store.Values[MatrixStateKeys.RefreshToken]);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("renewed by refresh", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(refreshToken, StringComparison.Ordinal) || l.Contains(accessToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SoftLogout_RefreshTokenRejected_LogsInOnTheSameDevice()
    {
        var room = server.CreateRoomWithBot(Ann);
        SeedRefreshableSession();
        store.Values[MatrixStateKeys.RefreshToken] = "syr_revoked";
        await using var bot = await MatrixTestBot.StartAsync(server, store);
        await bot.WaitForBaselineAsync();
        server.InjectFault("/sync", FaultKind.SoftLogout);
        await WaitUntilAsync(() => server.LoginCount == 1);

        server.Post(room, Ann, "!echo logged in");

        Assert.Equal("logged in", Assert.Single(await server.WaitForBotEventsAsync(room, 1)).Body);
        Assert.Equal("REFRESHING", store.Values[MatrixStateKeys.DeviceId]);
        Assert.False(store.Values.ContainsKey(MatrixStateKeys.RefreshToken));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Refreshing the Matrix token failed (M_UNKNOWN_TOKEN)", StringComparison.Ordinal));
    }

    /// <summary>A session an earlier start kept: a token that expires and its refresh token, for the configured user.</summary>
    private (string AccessToken, string RefreshToken) SeedRefreshableSession()
    {
        var (accessToken, refreshToken) = server.IssueRefreshableToken();
        store.Values[MatrixStateKeys.LoginUser] = FakeMatrixServer.BotUserId;
        store.Values[MatrixStateKeys.AccessToken] = accessToken;
        store.Values[MatrixStateKeys.RefreshToken] = refreshToken;
        return (accessToken, refreshToken);
    }

    private Task<MatrixTestBot> StartByServerNameAsync() =>
        MatrixTestBot.StartAsync(
            server,
            store,
            settings: new Dictionary<string, string?> { ["Homeserver"] = null, ["ServerName"] = FakeMatrixServer.ServerName },
            configure: services => services.AddHttpClient(MatrixClient.HttpClientName).AddHttpMessageHandler(() => new FakeDnsHandler(server.BaseUrl)));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "The condition did not come true within 20 s.");
    }
}
