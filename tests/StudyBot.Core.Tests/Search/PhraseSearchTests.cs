using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Corpus;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Search;

/// <summary>
/// A query that is one phrase alone leaps over passages that lack one of its words; with any word searched beside it,
/// the walk stops at every passage. A word the corpus lacks adds no score, so both must rank the same.
/// </summary>
public sealed class PhraseSearchTests
{
    private const string Missing = "qqzzxv";

    private static readonly string[] Vocabulary =
        ["strike", "workers", "union", "opposition", "general", "council", "of", "the", "factory", "metal", "party", "congress"];

    private static readonly Lazy<CorpusSearchIndex> Index = new(() => new CorpusSearchIndex(
        new CorpusLibrary([Generated(1, 1_500), Generated(2, 1_500), Generated(3, 1_500)]),
        NullLogger<CorpusSearchIndex>.Instance,
        2));

    [Theory]
    [InlineData("\"workers opposition\"")]
    [InlineData("\"general strike\"")]
    [InlineData("\"council of the workers\"")]
    [InlineData("\"metal workers union\"")]
    [InlineData("\"strike strike\"")]
    public void Search_PhraseAlone_RanksAsTheWalkOverEveryPassage(string phrase)
    {
        var alone = Index.Value.Search(Index.Value.Parse(phrase, null), null, 0, 200);
        var walked = Index.Value.Search(Index.Value.Parse($"{phrase} {Missing}", null), null, 0, 200);

        Assert.True(alone.TotalMatches > 0, "the generated corpus must hold the phrase");
        Assert.Equal(walked.TotalMatches, alone.TotalMatches);
        Assert.Equal(walked.Hits.Select(h => (h.Passage, h.Score)), alone.Hits.Select(h => (h.Passage, h.Score)));
    }

    [Fact]
    public void Search_PhraseAloneInOneDocument_FindsOnlyThatDocumentsPassagesWithThePhrase()
    {
        var document = Index.Value.Search(Index.Value.Parse("\"general strike\"", null), null, 0, 1).Hits[0].Passage.Document;
        var query = Index.Value.Parse("\"general strike\"", document);

        var alone = Index.Value.Search(query, document, 0, 500);
        var walked = Index.Value.Search(Index.Value.Parse($"\"general strike\" {Missing}", document), document, 0, 500);

        Assert.All(alone.Hits, h => Assert.Same(document, h.Passage.Document));
        Assert.Equal(walked.Hits.Select(h => (h.Passage, h.Score)), alone.Hits.Select(h => (h.Passage, h.Score)));
    }

    /// <summary>Paragraphs of words drawn from a small vocabulary, so that phrases occur by chance and often.</summary>
    private static Document Generated(int seed, int paragraphs)
    {
        var random = new Random(seed);
        var text = string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(_ =>
            string.Join(' ', Enumerable.Range(0, random.Next(4, 40)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])) + "."));
        return CorpusTestSupport.Import(text, $"generated-{seed}.txt");
    }
}
