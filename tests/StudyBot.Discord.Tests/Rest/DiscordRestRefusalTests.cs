using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Discord.Rest;
using StudyBot.Discord.Rest.Models;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.Rest;

/// <summary>The client against refusals: 429s with their retry_after, shared-scope 429s, runs of 403s; and its User-Agent.</summary>
public sealed class DiscordRestRefusalTests : IAsyncLifetime
{
    private const int Budget = 3;

    private FakeDiscord _fake = null!;
    private DiscordTestHost _host = null!;

    private DiscordRestClient Rest => _host.Services.GetRequiredService<DiscordRestClient>();

    public async Task InitializeAsync()
    {
        _fake = await FakeDiscord.StartAsync();

        // HTTP mode on port 0 keeps the gateway off; a small budget of refusals shows where the client stops.
        _host = DiscordTestHost.Create(
            _fake,
            settings: new Dictionary<string, string?>
            {
                ["StudyBot:Discord:Mode"] = "Http",
                ["StudyBot:Discord:HttpListen"] = "http://127.0.0.1:0",
                ["StudyBot:Discord:PublicKey"] = new string('a', 64),
                ["StudyBot:Discord:UserAgentUrl"] = "https://studygroup.example.org/bot",
            },
            configure: services => services.AddSingleton(new InvalidRequestBudget(Budget, TimeProvider.System)));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task GetUserAgent_UrlConfigured_SendsItInDiscordsFormat()
    {
        await Rest.GetCurrentUserAsync(CancellationToken.None);

        Assert.Matches(@"^DiscordBot \(https://studygroup\.example\.org/bot, [0-9][^)]*\)$", Assert.Single(_fake.Exchanges).RequestHeaders["User-Agent"]);
    }

    [Fact]
    public async Task CreateMessageAsync_RateLimitedOnEveryTry_ThrowsWithDiscordsRetryAfter()
    {
        _fake.LimitGlobally(DiscordRateLimitHandler.MaxAttempts);

        var refused = await Assert.ThrowsAsync<DiscordApiException>(() => Rest.CreateMessageAsync("555", new MessageBody { Content = "x" }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(TimeSpan.FromSeconds(0.2), refused.RetryAfter);
        Assert.Equal(DiscordRateLimitHandler.MaxAttempts, _fake.Exchanges.Count);
    }

    [Fact]
    public async Task CreateMessageAsync_SharedScope429s_RetriesWithoutSpendingTheRefusalBudget()
    {
        // Counted, the four 429s would spend the budget of three and stop the client.
        _fake.LimitShared(DiscordRateLimitHandler.MaxAttempts - 1);
        await Rest.CreateMessageAsync("555", new MessageBody { Content = "busy channel" }, CancellationToken.None);
        _fake.LimitShared(DiscordRateLimitHandler.MaxAttempts - 1);

        await Rest.CreateMessageAsync("555", new MessageBody { Content = "still busy" }, CancellationToken.None);

        Assert.Equal(2, _fake.Exchanges.Count(e => e.Status == 200));
        Assert.Equal(2 * (DiscordRateLimitHandler.MaxAttempts - 1), _fake.Exchanges.Count(e => e.Status == 429));
    }

    [Fact]
    public async Task GetChannelAsync_ForbiddenBeyondTheBudget_StopsSendingInsteadOfStorming()
    {
        _fake.HiddenChannels.Add("666");

        for (var i = 0; i <= Budget; i++)
        {
            var refused = await Assert.ThrowsAsync<DiscordApiException>(() => Rest.GetChannelAsync("666", CancellationToken.None));
            Assert.True(refused.IsPermanent);
        }

        var stopped = await Assert.ThrowsAsync<DiscordUnavailableException>(() => Rest.GetChannelAsync("555", CancellationToken.None));

        Assert.Equal(Budget + 1, _fake.Exchanges.Count);
        Assert.Contains("refused too many requests", stopped.Message, StringComparison.Ordinal);
        Assert.True(stopped.Until > TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(9));
        Assert.Contains(_host.Logs.Lines, line => line.Contains("refused too many requests", StringComparison.Ordinal));
    }
}
