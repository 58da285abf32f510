using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Corpus;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;

namespace StudyBot.Benchmarks.Summaries;

/// <summary>
/// The summary of the longest seed text (the Dutch brochure, about 80 KB) must take under 50 ms uncached: each
/// operation asks a new <see cref="Summarizer"/>, so the summary cache never answers.
/// </summary>
[Config(typeof(LatencyConfig))]
public class SummaryBenchmarks
{
    private ServiceProvider services = null!;
    private CorpusSearchIndex index = null!;
    private Document brochure = null!;

    [GlobalSetup]
    public void Setup()
    {
        services = StudyServices.Start(Corpus.BenchmarkCorpus.SeedsFolder());
        index = services.GetRequiredService<CorpusSearchIndex>();
        brochure = services.GetRequiredService<CorpusLibrary>().Require("manifest-oktober-revolutie");
    }

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    [Benchmark]
    public Summary LongestTextUncached() => new Summarizer(index).Summarize(brochure, section: null, SummaryLength.Medium);
}
