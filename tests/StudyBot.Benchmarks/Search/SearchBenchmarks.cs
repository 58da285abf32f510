using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;

namespace StudyBot.Benchmarks.Search;

/// <summary>/search on the bundled corpus, first page: p99 must stay under 5 ms.</summary>
[Config(typeof(LatencyConfig))]
public class SearchBenchmarks
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

    /// <summary>The corpus's most frequent content word: the longest postings to walk and the most snippets to rank.</summary>
    [Benchmark]
    public Reply CommonTerm() => StudyServices.Run(dispatcher, "/search workers");

    /// <summary>A name in one document only.</summary>
    [Benchmark]
    public Reply RareTerm() => StudyServices.Run(dispatcher, "/search Kollontai");

    /// <summary>Several terms, one of them Dutch, as a member would type them.</summary>
    [Benchmark]
    public Reply Phrase() => StudyServices.Run(dispatcher, "/search general strike sovjets");
}
