using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Platforms;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Tests.Fake;

namespace StudyBot.Discord.Tests.TestSupport;

/// <summary>The bot's Discord part in a host, as <c>AddDiscord</c> wires it, pointed at a fake Discord.</summary>
public sealed class DiscordTestHost : IAsyncDisposable
{
    private DiscordTestHost(IHost host, ListLoggerProvider logs, RecordingInteractionHandler handler)
    {
        Host = host;
        Logs = logs;
        Handler = handler;
    }

    public IHost Host { get; }

    public ListLoggerProvider Logs { get; }

    public RecordingInteractionHandler Handler { get; }

    public IServiceProvider Services => Host.Services;

    public static DiscordTestHost Create(
        FakeDiscord fake,
        IPlatformStateStore? store = null,
        IEventClaims? claims = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var values = new Dictionary<string, string?>
        {
            ["StudyBot:Discord:Token"] = FakeDiscord.Token,
            ["StudyBot:Discord:ApiBaseUrl"] = fake.BaseUrl,
            ["StudyBot:Discord:ApplicationId"] = FakeResponses.ApplicationId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        var logs = new ListLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        var handler = new RecordingInteractionHandler();
        builder.Services.AddSingleton<IInteractionHandler>(handler);
        builder.Services.AddSingleton(store ?? new InMemoryPlatformStateStore());
        builder.Services.AddSingleton(claims ?? new InMemoryEventClaims());
        builder.Services.AddDiscordTransport(builder.Configuration);
        configure?.Invoke(builder.Services);
        return new DiscordTestHost(builder.Build(), logs, handler);
    }

    public Task StartAsync() => Host.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
