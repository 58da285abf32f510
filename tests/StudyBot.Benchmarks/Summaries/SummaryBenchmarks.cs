using BenchmarkDotNet.Attributes;
using StudyBot.Core.Corpus;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;

namespace StudyBot.Benchmarks.Summaries;

/// <summary>
/// The summary of the longest seed text (the Dutch brochure, about 80 KB) must take under 50 ms uncached: each
/// operation asks a new <see cref="Summarizer"/>, so the summary cache never answers.
/// </summary>
public class SummaryBenchmarks : SeedCorpusBenchmark
{
    private CorpusSearchIndex index = null!;
    private Document brochure = null!;

    protected override void Prepare()
    {
        index = Get<CorpusSearchIndex>();
        brochure = Get<CorpusLibrary>().Require("manifest-oktober-revolutie");
    }

    [Benchmark]
    public Summary LongestTextUncached() => new Summarizer(index).Summarize(brochure, section: null, SummaryLength.Medium);
}
