using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;
using StudyBot.Core.Tests.Quizzes;

namespace StudyBot.Core.Tests.Summaries;

public sealed class KeyTermsTests
{
    private static readonly Lazy<CorpusSearchIndex> Index = new(() => new CorpusSearchIndex(QuizFixture.Seeds.Value, NullLogger<CorpusSearchIndex>.Instance));

    [Theory]
    [InlineData("manifest-oktober-revolutie", "nieuwe betekent jaren vandaag soort", "arbeidersklasse proletariaat")]
    [InlineData("solidarity-kazakhstan", "started first place big person year", "strike Nazarbayev")]
    [InlineData("workplace-cells", "etc today basis", "cells Comintern")]
    public void Find_OnASeedText_LeavesOutGeneralWordsButKeepsItsSubjects(string slug, string general, string subjects)
    {
        var document = QuizFixture.Seeds.Value.Find(slug)!;

        var terms = KeyTerms.Find(document.Sentences, document.Language, Index.Value, 30).Select(t => t.ToLowerInvariant()).ToArray();

        Assert.All(general.Split(' '), word => Assert.DoesNotContain(word, terms));
        Assert.All(subjects.ToLowerInvariant().Split(' '), word => Assert.Contains(word, terms));
    }
}
