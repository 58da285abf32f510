using BenchmarkDotNet.Attributes;
using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;

namespace StudyBot.Benchmarks.Quizzes;

/// <summary>
/// One question of a mixed quiz on the whole bundled corpus, and one section question of a quiz on the Dutch text:
/// p99 must stay under 5 ms. The generator is timed rather than /quiz, which also opens a session that a channel may
/// only have one of.
/// </summary>
public class QuizQuestionBenchmarks : SeedCorpusBenchmark
{
    private QuizGenerator generator = null!;
    private Document manifest = null!;

    protected override void Prepare()
    {
        generator = Get<QuizGenerator>();
        manifest = Get<CorpusLibrary>().Find("manifest-oktober-revolutie")!;
    }

    [Benchmark]
    public IReadOnlyList<QuizQuestion> MixedQuestion() => generator.Create(document: null, count: 1, QuizMix.Mixed);

    [Benchmark]
    public IReadOnlyList<QuizQuestion> SectionQuestion() => generator.Create(manifest, count: 1, QuizMix.Source);
}
