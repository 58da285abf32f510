using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Corpus;
using StudyBot.Core.Platforms;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Matrix;
using StudyBot.Matrix.Session;
using StudyBot.Matrix.Tests.FakeHomeserver;
using StudyBot.Benchmarks.Scheduling;

namespace StudyBot.Benchmarks.Matrix;

/// <summary>
/// The bot in 1,000 Matrix rooms: time from starting the host to its first sync handled (target under 5 s), and its
/// peak memory against the same host without Matrix (target under 150 MB more). Each case runs in a fresh process,
/// like the import peak, so neither inherits the other's heap; the fake homeserver runs in this process, outside both.
/// </summary>
internal static class MatrixStartMeasurement
{
    public const string Command = "--measure-matrix-start";
    public const string ChildCommand = "--matrix-start-child";

    private const int Rooms = 1_000;
    private const int MessagesPerRoom = 5;

    public static int Run()
    {
        using var server = new FakeServerScope();
        var folder = Directory.CreateTempSubdirectory("studybot-matrix-start-");
        try
        {
            var without = Path.Combine(folder.FullName, "without.txt");
            var with = Path.Combine(folder.FullName, "with.txt");
            var failed = ChildProcess.RunSelf(ChildCommand, "without", server.Url, without) | ChildProcess.RunSelf(ChildCommand, "with", server.Url, with);
            if (!File.Exists(with) || !File.Exists(without))
            {
                return failed | 1;
            }

            var extra = ProcessMemory.Megabytes(long.Parse(File.ReadAllText(with), CultureInfo.InvariantCulture) - long.Parse(File.ReadAllText(without), CultureInfo.InvariantCulture));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"matrix-start  {Rooms} rooms: peak working set {extra} MB more than without Matrix (target under 150 MB)"));
            return failed | (extra >= 150 ? 2 : 0);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static int RunChild(string measured, string homeserver, string resultFile)
    {
        var withMatrix = measured == "with";
        var settings = new Dictionary<string, string?>
        {
            ["StudyBot:Corpus:Folder"] = Repository.SeedsFolder,
            ["StudyBot:Matrix:Homeserver"] = withMatrix ? homeserver : null,
            ["StudyBot:Matrix:User"] = FakeMatrixServer.BotUserId,
            ["StudyBot:Matrix:Password"] = FakeMatrixServer.BotPassword,
            ["StudyBot:Matrix:AllowedInviters:0"] = "*:" + FakeMatrixServer.ServerName,
        };
        using var database = new DatabaseScope();
        var clock = Stopwatch.StartNew();
        using var host = TestBot.Build(database.Value, TimeProvider.System, poster: null, settings, (services, configuration) =>
        {
            services.AddCorpus(configuration);
            services.AddMatrix(configuration);
        });
        host.StartAsync().GetAwaiter().GetResult();
        var hostStarted = clock.Elapsed;
        if (withMatrix)
        {
            var store = host.Services.GetRequiredService<IPlatformStateStore>();
            while (store.GetAsync(MatrixStateKeys.Since, CancellationToken.None).GetAwaiter().GetResult() is null)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(2))
                {
                    Console.Error.WriteLine("matrix-start: no first sync within 2 minutes");
                    return 1;
                }

                Thread.Sleep(5);
            }
        }

        var started = clock.Elapsed;

        // What the bot holds once settled, not a transient of the start: the same pause in both cases.
        Thread.Sleep(1000);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        File.WriteAllText(resultFile, self.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"matrix-start  {(withMatrix ? $"with Matrix, {Rooms} rooms: start to first sync handled {started.TotalSeconds:F2} s (target under 5 s; the host itself was up after {hostStarted.TotalSeconds:F2} s)" : $"without Matrix: started in {started.TotalSeconds:F2} s")}; " +
            $"peak working set {ProcessMemory.Megabytes(self.PeakWorkingSet64)} MB, managed heap {ProcessMemory.Megabytes(GC.GetTotalMemory(forceFullCollection: true))} MB"));
        host.StopAsync().GetAwaiter().GetResult();
        return withMatrix && started > TimeSpan.FromSeconds(5) ? 2 : 0;
    }


    /// <summary>The fake homeserver with the bot in 1,000 rooms, each with its state and a few messages.</summary>
    private sealed class FakeServerScope : IDisposable
    {
        private readonly FakeMatrixServer server;

        public FakeServerScope()
        {
            server = FakeMatrixServer.StartAsync().GetAwaiter().GetResult();
            for (var r = 0; r < Rooms; r++)
            {
                var creator = string.Create(CultureInfo.InvariantCulture, $"@owner{r}:fake.test");
                var room = server.CreateRoomWithBot(creator);
                for (var m = 0; m < MessagesPerRoom; m++)
                {
                    server.Post(room, creator, string.Create(CultureInfo.InvariantCulture, $"message {m} in room {r}"));
                }
            }
        }

        public string Url => server.BaseUrl.ToString();

        public void Dispose() => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private sealed class DatabaseScope : IDisposable
    {
        public TestDatabase Value { get; } = TestDatabase.Sqlite();

        public void Dispose() => Value.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
