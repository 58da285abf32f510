using StudyBot.Core.Corpus;
using StudyBot.Core.Randomness;
using StudyBot.Maintenance;

namespace StudyBot.Tests.Maintenance;

public class SampleToolTests
{
    private static readonly Document[] Documents = new[] { "strike", "union", "council", "cells", "manifest" }
        .Select(slug => new Document(slug, new DocumentMetadata(slug, null, null, Language.English, null), []))
        .ToArray();

    [Fact]
    public void QuizPlan_AnotherSeed_SamplesOtherTextsOrKindsInItsFirstQuizzes()
    {
        var plans = Enumerable.Range(1, 10).Select(seed => Describe(SampleTool.QuizPlan(Documents, RandomSource.WithSeed(seed)).Take(4))).ToArray();

        // Four quizzes, as a sample of 40 questions takes: in corpus order every seed asked the same four.
        Assert.True(plans.Distinct().Count() >= 9, string.Join(Environment.NewLine, plans));
    }

    [Fact]
    public void QuizPlan_OnePass_TakesEveryTextAndTheWholeCorpusWithEveryKindOnce()
    {
        var pass = SampleTool.QuizPlan(Documents, RandomSource.WithSeed(3)).Take((Documents.Length + 1) * 4).ToArray();

        Assert.Equal(pass.Length, pass.Distinct().Count());
        Assert.Equal(4, pass.Count(q => q.Scope is null));
        Assert.All(Documents, d => Assert.Equal(["choice", "cloze", "mixed", "source"], pass.Where(q => q.Scope == d).Select(q => q.Kind).Order()));
    }

    [Fact]
    public void QuizPlan_TheSameSeed_GivesTheSamePlan()
    {
        Assert.Equal(
            Describe(SampleTool.QuizPlan(Documents, RandomSource.WithSeed(7)).Take(30)),
            Describe(SampleTool.QuizPlan(Documents, RandomSource.WithSeed(7)).Take(30)));
    }

    private static string Describe(IEnumerable<(Document? Scope, string Kind)> plan) =>
        string.Join(", ", plan.Select(q => $"{q.Scope?.Slug ?? "corpus"} {q.Kind}"));
}
