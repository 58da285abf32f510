using BenchmarkDotNet.Attributes;
using RunStrategy = BenchmarkDotNet.Engines.RunStrategy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Benchmarks.Scheduling;

/// <summary>
/// Start-up with 10,000 reading circles and 10,000 daily excerpts in SQLite, until the host has started
/// (schema checked, Quartz running on its stored triggers) and a sweep has looked for due schedules.
/// Target: under 3 s and 300 MB resident.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class SchedulingStartupBenchmark
{
    private const int Circles = 10_000;
    private const int Excerpts = 10_000;

    // Every seeded meeting and excerpt is at :00 or :30 local time, so nothing is due ten seconds past noon.
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 10, TimeSpan.Zero);

    private TestDatabase? database;
    private IHost? host;

    [IterationSetup]
    public void CopyDatabase() => database = ScheduleFixture.CopyAsync(Circles, Excerpts, "07:30", Now).GetAwaiter().GetResult();

    [Benchmark(Description = "10k circles + 10k excerpts: start to ready")]
    public async Task StartToReady()
    {
        host = TestBot.Build(database!, new FakeTimeProvider(Now), new CountingPoster(0));
        await host.StartAsync();
        await host.Services.GetRequiredService<ScheduleSweeper>().SweepAsync(CancellationToken.None);
    }

    [IterationCleanup]
    public void StopHost()
    {
        ProcessMemory.Report("Ready with 10k circles + 10k excerpts");
        host!.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
        database!.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
