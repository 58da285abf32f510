using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Quizzes;

namespace StudyBot.Benchmarks.Quizzes;

/// <summary>
/// One question of a mixed quiz on the whole bundled corpus: p99 must stay under 5 ms. The generator is timed
/// rather than /quiz, which also opens a session that a channel may only have one of.
/// </summary>
[Config(typeof(LatencyConfig))]
public class QuizQuestionBenchmarks
{
    private ServiceProvider services = null!;
    private QuizGenerator generator = null!;

    [GlobalSetup]
    public void Setup()
    {
        services = StudyServices.Start(Corpus.BenchmarkCorpus.SeedsFolder());
        generator = services.GetRequiredService<QuizGenerator>();
    }

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    [Benchmark]
    public IReadOnlyList<QuizQuestion> MixedQuestion() => generator.Create(document: null, count: 1, QuizMix.Mixed);
}
