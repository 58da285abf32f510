using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Platforms;
using StudyBot.Matrix.Sending;
using StudyBot.Matrix.Sync;
using StudyBot.Matrix.Tests.FakeHomeserver;
using StudyBot.Matrix.Tests.TestSupport;

namespace StudyBot.Benchmarks.Matrix;

/// <summary>
/// One <c>/sync</c> batch of 500 members' messages over 10 rooms, 100 of them commands, handled by the whole bot (claims,
/// commands on the bundled corpus, replies stored and queued) on a SQLite database. Target: under 200 ms.
/// </summary>
/// <remarks>
/// The replies leave for the fake homeserver in the background; each iteration waits for the previous batch's sends to
/// finish first, so a backlog never competes with the batch being timed.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoringConfig))]
public class MatrixSyncBatchBenchmark
{
    private const int Rooms = 10;
    private const int EventsPerRoom = 50;
    private const int CommandEvery = 5;
    private static readonly string[] Commands = ["!quote", "!search general strike", "!quote topic:union", "!documents"];

    private FakeMatrixServer? server;
    private MatrixTestBot? bot;
    private SyncBatchHandler? batches;
    private string[] rooms = [];
    private JsonDocument? batch;
    private int round;
    private TimeSpan cpuBefore;

    [GlobalSetup]
    public void Start()
    {
        server = FakeMatrixServer.StartAsync().GetAwaiter().GetResult();
        rooms = Enumerable.Range(0, Rooms).Select(_ => server.CreateRoomWithBot("@mod:fake.test")).ToArray();
        bot = MatrixTestBot.StartAsync(server, store: null, commandFrontDoor: true, bundledCorpus: true).GetAwaiter().GetResult();
        bot.WaitForBaselineAsync().GetAwaiter().GetResult();
        batches = bot.Services.GetRequiredService<SyncBatchHandler>();
    }

    [IterationSetup]
    public void NextBatch()
    {
        WaitForSendsAsync().GetAwaiter().GetResult();
        batch?.Dispose();
        batch = JsonDocument.Parse(Batch(round++).ToJsonString());
        cpuBefore = CpuTime();
    }

    [Benchmark(Description = "Matrix sync batch: 500 events, 100 commands handled, replies queued")]
    public Task HandleBatch() => batches!.HandleAsync(batch!.RootElement, baseline: false, CancellationToken.None);

    /// <summary>
    /// Processor time of the batch, printed beside BenchmarkDotNet's wall-clock numbers: on a shared machine the wall
    /// clock mostly measures the other processes. It includes the replies the fake homeserver takes in meanwhile.
    /// </summary>
    [IterationCleanup]
    public void ReportCpu() =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Matrix sync batch {round}: {(CpuTime() - cpuBefore).TotalMilliseconds:F0} ms of processor time"));

    [GlobalCleanup]
    public void Stop()
    {
        WaitForSendsAsync().GetAwaiter().GetResult();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Matrix sync batch: {rooms.Sum(r => server!.SentByBot(r).Count)} events sent by the bot over {round} batches"));
        batch?.Dispose();
        bot!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        server!.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private JsonObject Batch(int number)
    {
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        var join = new JsonObject();
        for (var r = 0; r < rooms.Length; r++)
        {
            var events = new JsonArray();
            for (var i = 0; i < EventsPerRoom; i++)
            {
                var body = i % CommandEvery == 0 ? Commands[(i / CommandEvery) % Commands.Length] : $"chatter {i} about the reading";
                events.Add(new JsonObject
                {
                    ["event_id"] = string.Create(CultureInfo.InvariantCulture, $"$bench{number}_{r}_{i}"),
                    ["type"] = "m.room.message",
                    ["sender"] = string.Create(CultureInfo.InvariantCulture, $"@member{i % 7}:fake.test"),
                    ["origin_server_ts"] = now,
                    ["content"] = new JsonObject { ["msgtype"] = "m.text", ["body"] = body },
                });
            }

            join[rooms[r]] = new JsonObject { ["timeline"] = new JsonObject { ["events"] = events, ["limited"] = false } };
        }

        return new JsonObject { ["next_batch"] = "s0", ["rooms"] = new JsonObject { ["join"] = join } };
    }

    private async Task WaitForSendsAsync()
    {
        var scan = bot!.Services.GetRequiredService<IPlatformStateScan>();
        for (var i = 0; i < 1200 && (await scan.GetByPrefixAsync(OutgoingEvents.Prefix, CancellationToken.None)).Count > 0; i++)
        {
            await Task.Delay(50);
        }
    }
}
