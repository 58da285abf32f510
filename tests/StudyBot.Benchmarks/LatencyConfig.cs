using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;
using Perfolizer.Mathematics.OutlierDetection;

namespace StudyBot.Benchmarks;

/// <summary>
/// Latency of single requests: every iteration times exactly one operation, so the percentiles of the iterations
/// are the percentiles of requests (the targets are stated as p99), not of averages over many calls.
/// </summary>
public sealed class LatencyConfig : ManualConfig
{
    /// <summary>Enough single-request samples for a p99 that is not just the slowest one.</summary>
    private const int Requests = 300;

    public LatencyConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Throughput)
            .WithLaunchCount(1)
            .WithWarmupCount(10)
            .WithIterationCount(Requests)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)

            // The slow requests are what a p99 is about; by default BenchmarkDotNet drops them as outliers.
            .WithOutlierMode(OutlierMode.DontRemove)

            // A full collection before every single request would hide the pauses a p99 has to include, and on
            // the 100 MB corpus it takes longer than the request.
            .WithGcForce(false)
            .WithId("Latency"));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, P99Column.Instance, StatisticColumn.Max);
        SummaryStyle = SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond);
    }
}
