using BenchmarkDotNet.Attributes;
using StudyBot.Core.Commands;

namespace StudyBot.Benchmarks.Quotes;

/// <summary>/quote on the bundled corpus: p99 must stay under 5 ms, with or without a topic.</summary>
public class QuoteBenchmarks : SeedCorpusBenchmark
{
    [Benchmark]
    public Reply RandomQuote() => Run("/quote");

    [Benchmark]
    public Reply TopicalQuote() => Run("/quote strike");
}
