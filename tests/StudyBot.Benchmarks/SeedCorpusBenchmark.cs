using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;

namespace StudyBot.Benchmarks;

/// <summary>The study features over the bundled corpus, with its search index built, for the latency benchmarks.</summary>
[Config(typeof(LatencyConfig))]
public abstract class SeedCorpusBenchmark
{
    private ServiceProvider? services;
    private CommandDispatcher? dispatcher;

    protected IServiceProvider Services => services ?? throw new InvalidOperationException("The benchmark was not set up.");

    protected T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Runs a command line as a member, as a front door would.</summary>
    protected Reply Run(string line) => StudyServices.Run(dispatcher!, line);

    [GlobalSetup]
    public void Setup()
    {
        services = StudyServices.Start(Corpus.BenchmarkCorpus.SeedsFolder());
        dispatcher = Get<CommandDispatcher>();
        Prepare();
    }

    [GlobalCleanup]
    public void Cleanup() => services?.Dispose();

    /// <summary>Resolves what the benchmark times, once, after the corpus is loaded.</summary>
    protected virtual void Prepare()
    {
    }
}
