using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;

namespace StudyBot.Benchmarks.Quotes;

/// <summary>/quote on the bundled corpus: p99 must stay under 5 ms, with or without a topic.</summary>
[Config(typeof(LatencyConfig))]
public class QuoteBenchmarks
{
    private ServiceProvider services = null!;
    private CommandDispatcher dispatcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        services = StudyServices.Start(Corpus.BenchmarkCorpus.SeedsFolder());
        dispatcher = services.GetRequiredService<CommandDispatcher>();
    }

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    [Benchmark]
    public Reply RandomQuote() => StudyServices.Run(dispatcher, "/quote");

    [Benchmark]
    public Reply TopicalQuote() => StudyServices.Run(dispatcher, "/quote strike");
}
