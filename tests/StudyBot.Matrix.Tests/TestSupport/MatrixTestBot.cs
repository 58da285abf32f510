using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Platforms;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Matrix.Events;
using StudyBot.Matrix.FrontDoor;
using StudyBot.Matrix.Rooms;
using StudyBot.Matrix.Session;
using StudyBot.Matrix.Tests.FakeHomeserver;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>
/// The real Matrix client in a host, pointed at a <see cref="FakeMatrixServer"/>, with the echo front door or the whole bot. The store
/// and claims are passed in, so a test can stop the bot and start it again on the same durable state.
/// </summary>
internal sealed class MatrixTestBot : IAsyncDisposable
{
    private readonly IHost host;

    private readonly TestDatabase? database;

    private MatrixTestBot(IHost host, CapturingLoggerProvider logs, TestDatabase? database)
    {
        this.host = host;
        this.database = database;
        Logs = logs;
    }

    public HandledEvents Handled => host.Services.GetRequiredService<HandledEvents>();

    public RecordingRoomLifecycle Lifecycle => host.Services.GetRequiredService<RecordingRoomLifecycle>();

    public RoomStates Rooms => host.Services.GetRequiredService<RoomStates>();

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => host.Services;

    /// <summary>The echo bot on the real stored state and claims of <paramref name="database"/>, which the caller keeps across restarts.</summary>
    public static Task<MatrixTestBot> StartOnDatabaseAsync(FakeMatrixServer server, TestDatabase database, IDictionary<string, string?>? settings = null) =>
        StartAsync(server, null, settings: settings, sharedDatabase: database);

    public static async Task<MatrixTestBot> StartAsync(
        FakeMatrixServer server,
        InMemoryPlatformStateStore? store,
        InMemoryEventClaims? claims = null,
        IDictionary<string, string?>? settings = null,
        bool commandFrontDoor = false,
        TimeProvider? time = null,
        bool bundledCorpus = false,
        Action<IServiceCollection>? configure = null,
        TestDatabase? sharedDatabase = null)
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

        var logs = new CapturingLoggerProvider();
        void AddMatrixSide(IServiceCollection services)
        {
            services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
            if (store is not null)
            {
                services.AddSingleton<IPlatformStateStore>(store);
                services.AddSingleton<IPlatformStateScan>(store);
                var sharedClaims = claims ?? new InMemoryEventClaims();
                services.AddSingleton<IEventClaims>(sharedClaims);
                services.AddSingleton<IEventOutcomes>(new InMemoryEventOutcomes(sharedClaims, store));
            }

            configure?.Invoke(services);
            services.AddSingleton<HandledEvents>();
            services.AddSingleton<RecordingRoomLifecycle>();
            services.AddSingleton<IMatrixRoomLifecycle>(sp => sp.GetRequiredService<RecordingRoomLifecycle>());
        }

        IHost host;
        TestDatabase? database = null;
        if (commandFrontDoor)
        {
            // The bot as the host composes it (commands, storage, scheduling, outbox) with the real Matrix front door,
            // plus one extra moderator command.
            database = TestDatabase.Sqlite();
            if (bundledCorpus)
            {
                configuration["StudyBot:Corpus:Folder"] = Repository.SeedsFolder;
            }

            host = TestBot.Build(database, time ?? TimeProvider.System, poster: null, configuration, (services, config) =>
            {
                AddMatrixSide(services);
                services.AddSingleton<ICommand, PinCommand>();
                services.AddMatrix(config);
                if (bundledCorpus)
                {
                    services.AddCorpus(config);
                }
            });
        }
        else
        {
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration.AddInMemoryCollection(configuration);
            AddMatrixSide(builder.Services);
            if (time is not null)
            {
                builder.Services.AddSingleton(time);
            }

            if (sharedDatabase is not null)
            {
                // The real stored state and claims in a database that outlives this bot, as across a process restart.
                builder.Configuration.AddInMemoryCollection(sharedDatabase.Configuration());
                builder.Services.AddStorage(builder.Configuration);
            }

            builder.Services.AddScoped<IMatrixEventHandler, EchoFrontDoor>();
            builder.Services.AddMatrixClient(builder.Configuration);
            host = builder.Build();
        }

        var bot = new MatrixTestBot(host, logs, database);
        await bot.host.StartAsync();
        return bot;
    }

    /// <summary>Waits until the bot has stored a sync token in whatever store it uses: its baseline is taken.</summary>
    public async Task WaitForBaselineAsync()
    {
        var store = Services.GetRequiredService<IPlatformStateStore>();
        for (var i = 0; i < 400 && await store.GetAsync(MatrixStateKeys.Since, CancellationToken.None) is null; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(await store.GetAsync(MatrixStateKeys.Since, CancellationToken.None) is not null, "The bot never finished its first sync:\n" + string.Join("\n", Logs.Lines));
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
