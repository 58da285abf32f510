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

    [Theory]
    [InlineData("Colorcode", "workers-opposition", BlockKind.InfoboxLine)]
    [InlineData("Far-left", "workers-opposition", BlockKind.InfoboxLine)]
    public void Search_FindsTextThatReadShowsButIsNotProse(string text, string slug, BlockKind kind)
    {
        var results = Search(text);

        var hit = Assert.Single(results.Hits);
        Assert.Equal(slug, hit.Passage.Document.Slug);
        Assert.Equal(kind, hit.Passage.Block.Kind);
    }

    [Fact]
    public void Search_AnInfoboxValueMadeInATest_IsFoundWithoutItsDiacritics()
    {
        var index = IndexOf(new DocumentBuilder("union", "Union")
            .Block(BlockKind.InfoboxLine, "Leader: Kemal Ülker")
            .Paragraph("The union met on Monday.")
            .Build());

        var hit = Assert.Single(index.Search(index.Parse("ulker", null), null, 0, 5).Hits);

        Assert.Equal("Leader: Kemal Ülker", hit.Passage.Block.Text);
    }

    [Theory]
    [InlineData("birlesik", "Birleşik")]
    [InlineData("kilic", "Kılıç")]
    [InlineData("ISCI", "İşçi")]
    public void Search_FoldsLettersWithoutACombiningMark(string typed, string written)
    {
        var index = IndexOf(new DocumentBuilder("t", "T").Paragraph($"Members of {written} walked out.").Paragraph("Nothing else.").Build());

        var hit = Assert.Single(index.Search(index.Parse(typed, null), null, 0, 5).Hits);

        Assert.Contains(written, hit.Passage.Block.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_AHeadingAndAParagraphWithThePhrase_RanksTheParagraphFirst()
    {
        var index = IndexOf(new DocumentBuilder("wo", "Workers' Opposition")
            .Block(BlockKind.Heading, "Workers' Opposition")
            .Paragraph("The Workers' Opposition was a faction of the Russian Communist Party that emerged in 1920 as a response to the centralisation of power in the state and in its many economic organs.")
            .Build());

        var results = index.Search(index.Parse("\"Workers Opposition\"", null), null, 0, 5);

        Assert.Equal([BlockKind.Paragraph, BlockKind.Heading], results.Hits.Select(h => h.Passage.Block.Kind));
    }

    [Fact]
    public void Search_AHeadingRepeatedByAnInfoboxTitle_IsFoundOnce()
    {
        var index = IndexOf(new DocumentBuilder("wo", "Workers' Opposition")
            .Block(BlockKind.Heading, "Workers' Opposition")
            .Block(BlockKind.InfoboxLine, "Workers' opposition ")
            .Block(BlockKind.InfoboxLine, "Leader: Alexander Shliapnikov")
            .Paragraph("The faction lost its vote in 1921.")
            .Build());

        var results = index.Search(index.Parse("opposition", null), null, 0, 5);

        Assert.Equal(1, results.TotalMatches);
        Assert.Equal(BlockKind.Heading, Assert.Single(results.Hits).Passage.Block.Kind);
    }

    [Fact]
    public void Search_OnTheSeeds_WorkersOppositionShowsNoHeadingAboveAPassageAndNoTextTwice()
    {
        var results = Search("\"Workers Opposition\"", take: 100);

        var kinds = results.Hits.Select(h => h.Passage.Block.Kind).ToArray();
        var firstHeading = Array.IndexOf(kinds, BlockKind.Heading);
        Assert.Equal(BlockKind.Paragraph, kinds[0]);
        Assert.True(firstHeading < 0 || kinds.Skip(firstHeading).All(k => k == BlockKind.Heading), string.Join(", ", kinds));
        var texts = results.Hits.Select(h => h.Passage.Block.Text.Trim()).ToArray();
        Assert.Equal(texts.Length, texts.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Search_AQuotedPhrase_MatchesOnlyPassagesWithTheWordsInThatOrder()
    {
        var index = IndexOf(new DocumentBuilder("s", "S")
            .Paragraph("A general strike began in May.")
            .Paragraph("The strike was general by June.")
            .Paragraph("The general said no strike would happen.")
            .Build());

        var phrase = index.Search(index.Parse("\"general strike\"", null), null, 0, 5);
        var words = index.Search(index.Parse("general strike", null), null, 0, 5);

        Assert.Equal(["A general strike began in May."], phrase.Hits.Select(h => h.Passage.Block.Text));
        Assert.Equal(3, words.TotalMatches);
    }

    [Fact]
    public void Search_APhraseWithCommonWords_KeepsTheirPlaces()
    {
        var index = IndexOf(new DocumentBuilder("s", "S")
            .Paragraph("Workers of the world, unite!")
            .Paragraph("Workers of all the world met.")
            .Paragraph("The world of workers.")
            .Build());

        var results = index.Search(index.Parse("“workers of the world”", null), null, 0, 5);

        Assert.Equal(["Workers of the world, unite!"], results.Hits.Select(h => h.Passage.Block.Text));
    }

    [Fact]
    public void Search_APhraseAndAWord_MatchPassagesWithEither()
    {
        var index = IndexOf(new DocumentBuilder("s", "S")
            .Paragraph("A general strike began.")
            .Paragraph("The strike was general.")
            .Paragraph("Kollontai spoke.")
            .Build());

        var results = index.Search(index.Parse("\"general strike\" Kollontai", null), null, 0, 5);

        Assert.Equal(2, results.TotalMatches);
        Assert.DoesNotContain(results.Hits, h => h.Passage.Block.Text == "The strike was general.");
    }

    [Fact]
    public void Search_APhraseAcrossANoteReference_StillMatches()
    {
        var index = IndexOf(new DocumentBuilder("s", "S").Paragraph("The factory cells[12] grew fast.").Build());

        Assert.Equal(1, index.Search(index.Parse("\"cells grew\"", null), null, 0, 5).TotalMatches);
        Assert.Equal(0, index.Search(index.Parse("12", null), null, 0, 5).TotalMatches);
    }

    [Fact]
    public void Search_OnTheSeeds_APhraseFindsFewerPassagesThanItsWords()
    {
        var phrase = Search("\"metal workers\"");
        var words = Search("metal workers");

        Assert.InRange(phrase.TotalMatches, 1, words.TotalMatches - 1);
        Assert.All(phrase.Hits, h => Assert.Matches("(?i)metal workers", h.Passage.Block.Text));
    }

    [Theory]
    [InlineData("strike", "The strikes spread.")]
    [InlineData("strikes", "One strike began.")]
    [InlineData("worker", "Workers gathered.")]
    public void Search_EnglishStemming_FindsASingularForAPluralAndTheReverse(string typed, string written)
    {
        var index = IndexOf(new DocumentBuilder("en", "En").Paragraph(written).Paragraph("Nothing else happened.").Build());

        var hit = Assert.Single(index.Search(index.Parse(typed, null), null, 0, 5).Hits);

        Assert.Equal(written, hit.Passage.Block.Text);
    }

    [Theory]
    [InlineData("arbeider", "De arbeiders staakten.")]
    [InlineData("fabrieken", "Een fabriek lag stil.")]
    public void Search_DutchStemming_FindsASingularForAPluralAndTheReverse(string typed, string written)
    {
        var index = IndexOf(new DocumentBuilder("nl", "Nl", Language.Dutch).Paragraph(written).Paragraph("Verder niets.").Build());

        var hit = Assert.Single(index.Search(index.Parse(typed, null), null, 0, 5).Hits);

        Assert.Equal(written, hit.Passage.Block.Text);
    }

    [Fact]
    public void Search_OnTheSeeds_FindsDutchPluralsForASingular()
    {
        var manifest = TestCorpus.Document("manifest-oktober-revolutie");

        var singular = Index.Search(Index.Parse("arbeider", manifest), manifest, 0, 100);

        Assert.Contains(singular.Hits, h => h.Passage.Block.Text.Contains("arbeiders", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_StemsEachPassageByItsOwnLanguage()
    {
        // English stems "arbeiders" to "arbeid"; Dutch keeps "arbeider", so a Dutch "arbeid" (labour) is no match.
        var index = IndexOf(new DocumentBuilder("nl", "Nl", Language.Dutch)
            .Paragraph("De arbeid was zwaar.")
            .Paragraph("De arbeiders staakten.")
            .Build(), new DocumentBuilder("en", "En").Paragraph("Nothing here.").Build());

        var results = index.Search(index.Parse("arbeiders", null), null, 0, 5);

        Assert.Equal(["De arbeiders staakten."], results.Hits.Select(h => h.Passage.Block.Text));
    }

    [Fact]
    public void Search_KeepsNumbersWhole()
    {
        var index = IndexOf(new DocumentBuilder("n", "N")
            .Paragraph("Some 8,000 workers struck.")
            .Paragraph("Shift 8 ran 000 tests.")
            .Build());

        Assert.Equal(["Some 8,000 workers struck."], index.Search(index.Parse("8,000", null), null, 0, 5).Hits.Select(h => h.Passage.Block.Text));
        Assert.Equal(["Shift 8 ran 000 tests."], index.Search(index.Parse("8", null), null, 0, 5).Hits.Select(h => h.Passage.Block.Text));
    }

    [Fact]
    public void Search_OnTheSeeds_FindsAWholeNumber()
    {
        var results = Search("1,500");

        Assert.Contains(results.Hits, h => h.Passage.Block.Text.Contains("1,500 angry auto workers", StringComparison.Ordinal));
        Assert.Equal(0, Search("500").TotalMatches);
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
    [InlineData("\"metal workers\" \"de arbeiders\"")]
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

    private static SearchResults Search(string text, int take = 5) => Index.Search(Index.Parse(text, null), null, 0, take);

    private static CorpusSearchIndex IndexOf(params Document[] documents) =>
        new(new CorpusLibrary(documents), NullLogger<CorpusSearchIndex>.Instance);
}
