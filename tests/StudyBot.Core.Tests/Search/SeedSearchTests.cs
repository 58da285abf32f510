using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Corpus;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.Corpus;
using StudyBot.Core.Text;

namespace StudyBot.Core.Tests.Search;

/// <summary>Search over the bundled corpus as the importer reads it, note references and notes included.</summary>
public sealed class SeedSearchTests
{
    private static readonly Lazy<(CorpusLibrary Library, CorpusSearchIndex Index)> Seeds = new(() =>
    {
        var library = CorpusTestSupport.Importer().ImportFolder(CorpusTestSupport.SeedsFolder()).Library;
        return (library, new CorpusSearchIndex(library, NullLogger<CorpusSearchIndex>.Instance));
    });

    private static CorpusSearchIndex Index => Seeds.Value.Index;

    [Fact]
    public void Search_AWordInACaptionAndInProse_RanksTheProseFirstAndStillFindsTheCaption()
    {
        var results = Index.Search(Index.Parse("Turk", null), null, 0, 100);

        Assert.NotEqual(BlockKind.Caption, results.Hits[0].Passage.Block.Kind);
        var firstCaption = results.Hits.ToList().FindIndex(h => h.Passage.Block.Kind == BlockKind.Caption);
        Assert.True(firstCaption > 0, "no caption found");
        Assert.DoesNotContain(results.Hits.Skip(firstCaption), h => h.Passage.Block.Kind is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.InfoboxLine);
    }

    [Fact]
    public void Search_ANameJoinedToItsInitialsByPoints_FindsAndHighlightsIt()
    {
        var query = Index.Parse("isnailov", null);

        var hit = Assert.Single(Index.Search(query, null, 0, 5).Hits);

        Assert.Equal(["Isnailov"], PassageSnippet.For(hit.Passage.Block, query).Runs.Where(r => r.Highlighted).Select(r => r.Text));
    }

    [Fact]
    public void Search_NeverMatchesANoteReference()
    {
        var cells = Seeds.Value.Library.Find("workplace-cells")!;

        var results = Index.Search(Index.Parse("5", cells), cells, 0, 50);

        Assert.Contains(cells.Blocks, b => b.Text.Contains("[5]", StringComparison.Ordinal));
        Assert.All(results.Hits, h => Assert.Contains("5", Tokenizer.Words(FootnoteMarkers.Remove(h.Passage.Block.Text)).Select(w => w.Text)));
    }

    [Theory]
    [InlineData("Yazilama", "workplace-cells")]
    [InlineData("Colorcode", "workers-opposition")]
    [InlineData("Birlesik", "turk-metal-renault-revolt")]
    public void Search_FindsTextThatReadShowsWithoutItsDiacritics(string text, string slug)
    {
        var results = Index.Search(Index.Parse(text, null), null, 0, 5);

        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Equal(slug, h.Passage.Document.Slug));
    }

    [Fact]
    public void Search_APhraseInBothLanguages_FindsOnlyTheWordsInOrder()
    {
        var english = Index.Search(Index.Parse("\"auto workers\"", null), null, 0, 100);
        var dutch = Index.Search(Index.Parse("„de Russische revolutie”", null), null, 0, 100);

        Assert.NotEmpty(english.Hits);
        Assert.All(english.Hits, h => Assert.Matches("(?i)auto workers?", h.Passage.Block.Text));
        Assert.NotEmpty(dutch.Hits);
        Assert.All(dutch.Hits, h => Assert.Matches("(?i)russische revolutie", h.Passage.Block.Text));
    }

    [Fact]
    public void Search_APlural_FindsPassagesWithOnlyTheSingular()
    {
        var results = Index.Search(Index.Parse("strikes", null), null, 0, 100);

        Assert.Contains(results.Hits, h => Tokenizer.FoldedWords(h.Passage.Block.Text).Contains("strike") && !Tokenizer.FoldedWords(h.Passage.Block.Text).Contains("strikes"));
    }

    // The Serge chapter in the Türk Metal blog wrote "de-fence" and "thou-sand" where its printed lines broke.
    [Theory]
    [InlineData("defence", "Menshevik supporters of national defence")]
    [InlineData("thousand", "Petrograd had about ten thousand Red Guards")]
    public void Search_AWordThePrintedPageSplitMidLine_FindsThatPassage(string word, string passage)
    {
        var results = Index.Search(Index.Parse(word, null), null, 0, 100);

        Assert.Contains(results.Hits, h => h.Passage.Block.Text.Contains(passage, StringComparison.Ordinal));
    }
}
