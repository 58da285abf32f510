using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Matrix.Sync;
using StudyBot.Matrix.Tests.FakeHomeserver;
using StudyBot.Matrix.Tests.TestSupport;

namespace StudyBot.Matrix.Tests.Sync;

/// <summary>A sync batch runs its rooms side by side, claims its events with their replies, and loses no reply to a crash.</summary>
public sealed class SyncBatchHandlerTests : IAsyncLifetime
{
    private const string Ann = "@ann:fake.test";

    private readonly InMemoryPlatformStateStore store = new();
    private readonly InMemoryEventClaims claims = new();
    private FakeMatrixServer server = null!;

    public async Task InitializeAsync() => server = await FakeMatrixServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task HandleAsync_CommandsInSeveralRooms_EachRoomAnsweredOnceInItsOrder()
    {
        var rooms = Enumerable.Range(0, 4).Select(_ => server.CreateRoomWithBot(Ann)).ToArray();
        await using var bot = await MatrixTestBot.StartAsync(server, store, claims);
        await bot.WaitForBaselineAsync();
        using var batch = Batch(rooms, commandsPerRoom: 6);

        await bot.Services.GetRequiredService<SyncBatchHandler>().HandleAsync(batch.RootElement, baseline: false, CancellationToken.None);

        foreach (var room in rooms)
        {
            var sent = await server.WaitForBotEventsAsync(room, 6);
            Assert.Equal(Enumerable.Range(0, 6).Select(i => $"{room} {i}"), sent.Select(e => e.Body));
        }

        await Task.Delay(300);
        Assert.All(rooms, room => Assert.Equal(6, server.SentByBot(room).Count));
    }

    [Fact]
    public async Task HandleAsync_BatchAnotherInstanceCommitted_NothingRunsAgain()
    {
        var rooms = new[] { server.CreateRoomWithBot(Ann), server.CreateRoomWithBot(Ann) };
        using var batch = Batch(rooms, commandsPerRoom: 3);
        await using (var first = await MatrixTestBot.StartAsync(server, store, claims))
        {
            await first.WaitForBaselineAsync();
            await first.Services.GetRequiredService<SyncBatchHandler>().HandleAsync(batch.RootElement, baseline: false, CancellationToken.None);
            await server.WaitForBotEventsAsync(rooms[1], 3);
        }

        await using var second = await MatrixTestBot.StartAsync(server, store, claims);
        await second.WaitForBaselineAsync();
        await second.Services.GetRequiredService<SyncBatchHandler>().HandleAsync(batch.RootElement, baseline: false, CancellationToken.None);
        await Task.Delay(300);

        Assert.Empty(second.Handled.All);
        Assert.All(rooms, room => Assert.Equal(3, server.SentByBot(room).Count));
    }

    [Fact]
    public async Task Command_BotStopsWhileItRuns_AnsweredOnceAfterRestartOnTheSameDatabase()
    {
        await using var database = TestDatabase.Sqlite();
        var room = server.CreateRoomWithBot(Ann);
        string command;
        await using (var first = await MatrixTestBot.StartOnDatabaseAsync(server, database))
        {
            await first.WaitForBaselineAsync();
            server.Post(room, Ann, "!echo before");
            await server.WaitForBotEventsAsync(room, 1);
            command = server.Post(room, Ann, "!slow after the crash");
            await first.Handled.SlowStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));

            // Stopped while the command runs: it was neither claimed nor answered, and `since` stayed before it.
        }

        Assert.Single(server.SentByBot(room));
        await using var second = await MatrixTestBot.StartOnDatabaseAsync(server, database);
        second.Handled.SlowGate.SetResult();

        await server.WaitForBotEventsAsync(room, 2);
        await Task.Delay(500);

        Assert.Equal(["before", "after the crash"], server.SentByBot(room).Select(e => e.Body));
        Assert.Equal(1, second.Handled.CountOf(command));
        Assert.DoesNotContain(second.Handled.All, e => e.Event.Body == "!echo before");
    }

    /// <summary>A batch of <c>!echo {room} {i}</c> commands from Ann, with chatter between them, in each room.</summary>
    private static JsonDocument Batch(IReadOnlyList<string> rooms, int commandsPerRoom)
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        var join = new JsonObject();
        foreach (var room in rooms)
        {
            var events = new JsonArray();
            for (var i = 0; i < commandsPerRoom; i++)
            {
                events.Add(Message($"$batch-{room}-{i}", $"!echo {room} {i}", now));
                events.Add(Message($"$batch-{room}-{i}-chatter", "just talking", now));
            }

            join[room] = new JsonObject { ["timeline"] = new JsonObject { ["events"] = events, ["limited"] = false } };
        }

        return JsonDocument.Parse(new JsonObject { ["next_batch"] = "s-test", ["rooms"] = new JsonObject { ["join"] = join } }.ToJsonString());
    }

    private static JsonObject Message(string eventId, string body, long sentAt) => new()
    {
        ["event_id"] = eventId,
        ["type"] = "m.room.message",
        ["sender"] = Ann,
        ["origin_server_ts"] = sentAt,
        ["content"] = new JsonObject { ["msgtype"] = "m.text", ["body"] = body },
    };
}
