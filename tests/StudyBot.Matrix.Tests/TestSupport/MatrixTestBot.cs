using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Commands;
using StudyBot.Core.Platforms;
using StudyBot.Matrix.Events;
using StudyBot.Matrix.FrontDoor;
using StudyBot.Matrix.Rooms;
using StudyBot.Matrix.Session;
using StudyBot.Matrix.Tests.FakeHomeserver;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>
/// The real Matrix client in a host, pointed at a <see cref="FakeMatrixServer"/>, with the echo front door. The store
/// and claims are passed in, so a test can stop the bot and start it again on the same durable state.
/// </summary>
internal sealed class MatrixTestBot : IAsyncDisposable
{
    private readonly IHost host;

    private MatrixTestBot(IHost host, CapturingLoggerProvider logs)
    {
        this.host = host;
        Logs = logs;
    }

    public HandledEvents Handled => host.Services.GetRequiredService<HandledEvents>();

    public RecordingRoomLifecycle Lifecycle => host.Services.GetRequiredService<RecordingRoomLifecycle>();

    public RoomStates Rooms => host.Services.GetRequiredService<RoomStates>();

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => host.Services;

    public static async Task<MatrixTestBot> StartAsync(
        FakeMatrixServer server,
        InMemoryPlatformStateStore store,
        InMemoryEventClaims? claims = null,
        IDictionary<string, string?>? settings = null,
        bool commandFrontDoor = false)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["StudyBot:Matrix:Homeserver"] = server.BaseUrl.ToString(),
            ["StudyBot:Matrix:User"] = FakeMatrixServer.BotUserId,
            ["StudyBot:Matrix:Password"] = FakeMatrixServer.BotPassword,
            ["StudyBot:Matrix:AllowedInviters:0"] = "*:" + FakeMatrixServer.ServerName,
            ["StudyBot:Matrix:SyncTimeout"] = "00:00:02",
            ["StudyBot:Matrix:RetryDelay"] = "00:00:00.050",
            ["StudyBot:Matrix:MaxRetryDelay"] = "00:00:00.500",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration["StudyBot:Matrix:" + key] = value;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(configuration);
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<IPlatformStateStore>(store);
        builder.Services.AddSingleton<IEventClaims>(claims ?? new InMemoryEventClaims());
        builder.Services.AddSingleton<HandledEvents>();
        builder.Services.AddSingleton<RecordingRoomLifecycle>();
        builder.Services.AddSingleton<IMatrixRoomLifecycle>(sp => sp.GetRequiredService<RecordingRoomLifecycle>());
        if (commandFrontDoor)
        {
            // The real front door on the core's dispatcher, with help and one moderator command.
            builder.Services.AddSingleton<ICommand, PinCommand>();
            builder.Services.AddSingleton<CommandCatalog>();
            builder.Services.AddSingleton<CommandDispatcher>();
            builder.Services.AddScoped<IMatrixEventHandler, MatrixCommandHandler>();
        }
        else
        {
            builder.Services.AddScoped<IMatrixEventHandler, EchoFrontDoor>();
        }

        builder.Services.AddMatrixClient(builder.Configuration);
        var bot = new MatrixTestBot(builder.Build(), logs);
        await bot.host.StartAsync();
        return bot;
    }

    /// <summary>Waits until the bot has stored a sync token: its baseline is taken.</summary>
    public async Task WaitForBaselineAsync(InMemoryPlatformStateStore store)
    {
        for (var i = 0; i < 400 && !store.Values.ContainsKey(MatrixStateKeys.Since); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(store.Values.ContainsKey(MatrixStateKeys.Since), "The bot never finished its first sync:\n" + string.Join("\n", Logs.Lines));
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
