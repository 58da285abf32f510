using System.Globalization;
using BenchmarkDotNet.Attributes;
using RunStrategy = BenchmarkDotNet.Engines.RunStrategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Benchmarks.Scheduling;

/// <summary>
/// 1,000 daily excerpts due in the same minute, fired by their real Quartz triggers (and the sweeper), until
/// every post has left the outbox through a no-op channel. Target: within 10 s of the due time.
/// </summary>
/// <remarks>The measured time includes the one second the clock runs before the posts fall due; the log line gives the time after due.</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class OutboxBurstBenchmark
{
    private const int Posts = 1_000;
    private static readonly DateTimeOffset CreatedAt = new(2026, 6, 2, 5, 29, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2026, 6, 2, 5, 30, 0, TimeSpan.Zero);

    private TestDatabase? database;
    private IHost? host;
    private StartableClock? clock;
    private CountingPoster? poster;
    private TimeSpan afterDue;

    private static string Seconds(IEnumerable<DateTimeOffset> instants, double quantile)
    {
        var sorted = instants.Order().ToArray();
        var at = sorted[(int)(quantile * (sorted.Length - 1))];
        return at == DateTimeOffset.MaxValue ? "not yet" : (at - Due).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
    }

    [IterationSetup]
    public void StartHost()
    {
        database = ScheduleFixture.CopyAsync(0, Posts, "07:30", CreatedAt).GetAwaiter().GetResult();
        clock = new StartableClock(Due.AddSeconds(-1));
        poster = new CountingPoster(Posts);
        host = TestBot.Build(database, clock, poster);
        host.StartAsync().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "1,000 posts due in one minute: due to all sent")]
    public async Task DueToAllSent()
    {
        clock!.Start();
        await poster!.AllPosted.WaitAsync(TimeSpan.FromMinutes(2));
        afterDue = clock.GetUtcNow() - Due;
    }

    [IterationCleanup]
    public void StopHost()
    {
        List<OutboxPostEntity> rows;
        using (var db = host!.Services.GetRequiredService<IDbContextFactory<StudyBotDbContext>>().CreateDbContext())
        {
            rows = db.Outbox.AsNoTracking().ToList();
        }

        // Enqueued (by the Quartz job or the sweeper) versus sent (by the outbox sender) says which side is slow.
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// Outbox burst: {rows.Count(r => r.Status == OutboxStatus.Sent)} of {Posts} recorded sent, the last posted {afterDue.TotalSeconds:0.00} s after due; " +
            $"enqueued by {Seconds(rows.Select(r => r.NextAttemptUtc), 0.5)} s (median) / {Seconds(rows.Select(r => r.NextAttemptUtc), 1)} s (last), " +
            $"sent by {Seconds(rows.Select(r => r.SentUtc ?? DateTimeOffset.MaxValue), 0.5)} s (median)"));
        ProcessMemory.Report("After the burst");
        host.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
        database!.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
