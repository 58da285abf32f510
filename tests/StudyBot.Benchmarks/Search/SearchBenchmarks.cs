using BenchmarkDotNet.Attributes;
using StudyBot.Core.Commands;

namespace StudyBot.Benchmarks.Search;

/// <summary>/search on the bundled corpus, first page: p99 must stay under 5 ms.</summary>
public class SearchBenchmarks : SeedCorpusBenchmark
{
    /// <summary>The corpus's most frequent content word: the longest postings to walk and the most snippets to rank.</summary>
    [Benchmark]
    public Reply CommonTerm() => Run("/search workers");

    /// <summary>A name in one document only.</summary>
    [Benchmark]
    public Reply RareTerm() => Run("/search Kollontai");

    /// <summary>Several terms, one of them Dutch, as a member would type them.</summary>
    [Benchmark]
    public Reply Phrase() => Run("/search general strike sovjets");

    /// <summary>A quoted phrase of two common words: both lists walked with their positions.</summary>
    [Benchmark]
    public Reply QuotedPhrase() => Run("/search \"metal workers\"");
}
