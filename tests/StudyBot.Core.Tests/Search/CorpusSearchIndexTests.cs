using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Search;

public sealed class CorpusSearchIndexTests
{
    private static readonly CorpusSearchIndex Index = new(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance);

    [Fact]
    public void Search_RanksTheDocumentThatUsesTheTermFirst()
    {
        var results = Search("Shlyapnikov");

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, hit => Assert.Equal("workers-opposition", hit.Passage.Document.Slug));
    }

    [Fact]
    public void Search_RanksPassagesWithBothTermsAboveThoseWithOne()
    {
        var results = Search("notary union");

        var top = results.Hits[0].Passage.Block.Text;
        Assert.Contains("notary", top, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("union", top, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("turk")]
    [InlineData("TÜRK")]
    [InlineData("Türk")]
    public void Search_FoldsCaseAndAccents(string query)
    {
        var results = Search(query + " metal");

        Assert.Equal("turk-metal-renault-revolt", results.Hits[0].Passage.Document.Slug);
    }

    [Fact]
    public void Search_FindsAPartOfACompoundWord()
    {
        var results = Search("oyak");

        Assert.Contains(results.Hits, hit => hit.Passage.Block.Text.Contains("Oyak-Renault", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_NeverReturnsCaptionsHeadingsOrInfoboxLines()
    {
        var results = Search("Oyak-Renault factory Logo Leader Colorcode");

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, hit => Assert.True(hit.Passage.Block.IsProse, $"{hit.Passage.Block.Kind} returned: {hit.Passage.Block.Text}"));
        var all = Index.Search(Index.Parse("Colorcode", null), null, 0, 10);
        Assert.Equal(0, all.TotalMatches);
    }

    [Fact]
    public void Parse_LeavesOutDutchStopwordsWhenSearchingADutchDocument()
    {
        var manifest = TestCorpus.Document("manifest-oktober-revolutie");

        var query = Index.Parse("de arbeiders van het land", manifest);

        Assert.Equal(["arbeiders", "land"], query.Terms);
    }

    [Fact]
    public void Search_RanksDutchPassagesTheSameWithOrWithoutStopwords()
    {
        var manifest = TestCorpus.Document("manifest-oktober-revolutie");

        var withStopwords = Index.Search(Index.Parse("de oorlog van de tsaar", manifest), manifest, 0, 5);
        var without = Index.Search(Index.Parse("oorlog tsaar", manifest), manifest, 0, 5);

        Assert.Equal(without.Hits.Select(h => h.Passage.Block.Index), withStopwords.Hits.Select(h => h.Passage.Block.Index));
        Assert.Equal(without.TotalMatches, withStopwords.TotalMatches);
    }

    [Fact]
    public void Search_FindsAnEnglishWordThatIsADutchStopword()
    {
        var library = new CorpusLibrary([
            new DocumentBuilder("en", "English").Paragraph("Hundreds of men stopped work at the factory.").Build(),
            new DocumentBuilder("nl", "Nederlands", Language.Dutch).Paragraph("Men zegt dat de fabriek stil lag.").Build(),
        ]);
        var index = new CorpusSearchIndex(library, NullLogger<CorpusSearchIndex>.Instance);

        var results = index.Search(index.Parse("men", null), null, 0, 5);

        var hit = Assert.Single(results.Hits);
        Assert.Equal("en", hit.Passage.Document.Slug);
    }

    [Theory]
    [InlineData("the of and", "turk-metal-renault-revolt")]
    [InlineData("de het van", "manifest-oktober-revolutie")]
    public void Parse_RefusesAQueryOfOnlyStopwords(string query, string slug)
    {
        var refusal = Assert.Throws<CommandException>(() => Index.Parse(query, TestCorpus.Document(slug)));

        Assert.Contains("only common words", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LeavesOutEnglishStopwordsWhenSearchingEverything()
    {
        var query = Index.Parse("the general strike", null);

        Assert.Equal(["general", "strike"], query.Terms);
    }

    [Fact]
    public void Search_WithADocument_ReturnsOnlyThatDocumentsPassages()
    {
        var cells = TestCorpus.Document("workplace-cells");

        var results = Index.Search(Index.Parse("workers", cells), cells, 0, 50);

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, hit => Assert.Same(cells, hit.Passage.Document));
        Assert.True(Search("workers").TotalMatches > results.TotalMatches);
    }

    [Fact]
    public void Search_PagesDoNotOverlapAndFollowTheRanking()
    {
        var query = Index.Parse("workers", null);
        var all = Index.Search(query, null, 0, 10);
        var second = Index.Search(query, null, 5, 5);

        Assert.Equal(all.Hits.Skip(5).Select(h => h.Passage), second.Hits.Select(h => h.Passage));
        Assert.True(all.Hits.Zip(all.Hits.Skip(1)).All(p => p.First.Score >= p.Second.Score), "scores must not increase down the ranking");
    }

    [Theory]
    [InlineData("workers")]
    [InlineData("Türk Metal union")]
    [InlineData("arbeiders oorlog")]
    [InlineData("Shlyapnikov Kollontai 1920")]
    public void Search_BuiltInParallelParts_RanksExactlyAsBuiltInOne(string text)
    {
        var whole = new CorpusSearchIndex(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance, 1);
        var parts = new CorpusSearchIndex(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance, 3);

        var expected = whole.Search(whole.Parse(text, null), null, 0, 100);
        var actual = parts.Search(parts.Parse(text, null), null, 0, 100);

        Assert.True(expected.TotalMatches > 0);
        Assert.Equal(expected.TotalMatches, actual.TotalMatches);
        Assert.Equal(expected.Hits.Select(h => (h.Passage, h.Score)), actual.Hits.Select(h => (h.Passage, h.Score)));
    }

    private static SearchResults Search(string text) => Index.Search(Index.Parse(text, null), null, 0, 5);
}
