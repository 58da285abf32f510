using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Tests.Fake;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.Gateway;

/// <summary>Identify pacing by <c>max_concurrency</c> (one identify per 5 s per rate-limit key), also across a restart.</summary>
public sealed class IdentifyBudgetTests : IAsyncLifetime
{
    private readonly InMemoryPlatformStateStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task AcquireAsync_MaxConcurrencyTwo_PacesEachRateLimitKeyByFiveSeconds()
    {
        _fake.MaxConcurrency = 2;
        await using var host = Host();
        var budget = host.Services.GetRequiredService<IdentifyBudget>();
        await budget.RefreshAsync(CancellationToken.None);

        await budget.AcquireAsync(0, CancellationToken.None);
        await budget.AcquireAsync(1, CancellationToken.None);
        var sameKey = budget.AcquireAsync(2, CancellationToken.None);
        await Task.Delay(200);

        Assert.False(sameKey.IsCompleted);
        _time.Advance(IdentifyBudget.ConcurrencyWindow);
        await sameKey.WaitAsync(FakeDiscord.Patience);
        Assert.Equal("997", _store.Values["discord:identify:remaining"]);
    }

    [Fact]
    public async Task AcquireAsync_RestartWithinTheWindow_WaitsForTheIdentifyBeforeTheRestart()
    {
        await using (var first = Host())
        {
            var budget = first.Services.GetRequiredService<IdentifyBudget>();
            await budget.RefreshAsync(CancellationToken.None);
            await budget.AcquireAsync(0, CancellationToken.None);
        }

        await using var restarted = Host();
        var again = restarted.Services.GetRequiredService<IdentifyBudget>().AcquireAsync(0, CancellationToken.None);
        await Task.Delay(200);

        Assert.False(again.IsCompleted);
        _time.Advance(IdentifyBudget.ConcurrencyWindow);
        await again.WaitAsync(FakeDiscord.Patience);
    }

    // HTTP mode keeps the gateway off: the test drives the budget itself, on the store that outlives a host.
    private DiscordTestHost Host() => DiscordTestHost.Create(
        _fake,
        _store,
        settings: new Dictionary<string, string?>
        {
            ["StudyBot:Discord:Mode"] = "Http",
            ["StudyBot:Discord:HttpListen"] = "http://127.0.0.1:0",
            ["StudyBot:Discord:PublicKey"] = new string('a', 64),
        },
        configure: services => services.AddSingleton<TimeProvider>(_time));
}
