using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace StudyBot.Benchmarks.Matrix;

/// <summary>
/// A few timed runs of a costly operation in this process: no generated project to build (which on a busy machine
/// outlasts BenchmarkDotNet's build timeout), and the fake homeserver and the bot started once for all of them.
/// </summary>
public sealed class InProcessMonitoringConfig : ManualConfig
{
    public InProcessMonitoringConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(10)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("InProcess"));
    }
}
