using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Benchmarks.Corpus;
using StudyBot.Core.Commands;

namespace StudyBot.Benchmarks.Search;

/// <summary>/search on a generated 100 MB corpus (copies of the seed texts): p99 must stay under 20 ms.</summary>
[Config(typeof(LatencyConfig))]
public class LargeCorpusSearchBenchmarks
{
    private string folder = null!;
    private ServiceProvider services = null!;
    private CommandDispatcher dispatcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        folder = BenchmarkCorpus.Generate(BenchmarkCorpus.LargeCorpusBytes);
        services = StudyServices.Start(folder);
        dispatcher = services.GetRequiredService<CommandDispatcher>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Matches tens of thousands of passages: the worst case for ranking.</summary>
    [Benchmark]
    public Reply CommonTerm() => StudyServices.Run(dispatcher, "/search workers");

    [Benchmark]
    public Reply RareTerm() => StudyServices.Run(dispatcher, "/search Kollontai");

    /// <summary>A quoted phrase of two common words: tens of thousands of passages hold both, far fewer the phrase.</summary>
    [Benchmark]
    public Reply QuotedPhrase() => StudyServices.Run(dispatcher, "/search \"workers' opposition\"");
}
