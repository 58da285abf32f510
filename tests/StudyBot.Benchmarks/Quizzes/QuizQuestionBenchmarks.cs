using BenchmarkDotNet.Attributes;
using StudyBot.Core.Quizzes;

namespace StudyBot.Benchmarks.Quizzes;

/// <summary>
/// One question of a mixed quiz on the whole bundled corpus: p99 must stay under 5 ms. The generator is timed
/// rather than /quiz, which also opens a session that a channel may only have one of.
/// </summary>
public class QuizQuestionBenchmarks : SeedCorpusBenchmark
{
    private QuizGenerator generator = null!;

    protected override void Prepare()
    {
        generator = Get<QuizGenerator>();
    }

    [Benchmark]
    public IReadOnlyList<QuizQuestion> MixedQuestion() => generator.Create(document: null, count: 1, QuizMix.Mixed);
}
