using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Search;

public sealed class PassageSnippetTests
{
    private static readonly CorpusSearchIndex Index = new(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance);

    [Fact]
    public void For_HighlightsTheAccentedWordForAnUnaccentedQuery()
    {
        var (block, query) = FirstHit("turk");

        var snippet = PassageSnippet.For(block, query);

        Assert.Contains(snippet.Runs, run => run.Highlighted && run.Text == "Türk");
        Assert.DoesNotContain(snippet.Runs, run => run.Highlighted && !TextFolding.Fold(run.Text).Equals("turk", StringComparison.Ordinal));
    }

    [Fact]
    public void For_HighlightsOnlyTheMatchedPartOfACompound()
    {
        var block = new DocumentBuilder("d", "D").Paragraph("Workers sat in at Oyak-Renault on Monday.").Build().Blocks[0];
        var query = Index.Parse("renault", null);

        var snippet = PassageSnippet.For(block, query);

        Assert.Equal(["Renault"], snippet.Runs.Where(r => r.Highlighted).Select(r => r.Text));
        Assert.Equal(block.Text, snippet.PlainText);
    }

    [Fact]
    public void For_ALongPassage_IsCutToWholeSentencesAroundTheMatchWithEllipses()
    {
        var (block, query) = FirstHit("Putilov");

        var snippet = PassageSnippet.For(block, query);

        Assert.True(snippet.PlainText.Length <= PassageSnippet.MaxLength + 2, snippet.PlainText);
        Assert.Contains(snippet.Runs, run => run.Highlighted && run.Text == "Putilov");
        Assert.StartsWith("…", snippet.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void For_AShortPassage_IsShownWhole()
    {
        var block = new DocumentBuilder("d", "D").Paragraph("The union must resign. Their protests went on past midnight.").Build().Blocks[0];

        var snippet = PassageSnippet.For(block, Index.Parse("union", null));

        Assert.Equal(block.Text, snippet.PlainText);
    }

    [Fact]
    public void For_HighlightsWordsThatShareTheQuerysStem()
    {
        var block = new DocumentBuilder("d", "D").Paragraph("Strikes spread after one strike failed.").Build().Blocks[0];

        var snippet = PassageSnippet.For(block, Index.Parse("striking", null));

        Assert.Equal(["Strikes", "strike"], snippet.Runs.Where(r => r.Highlighted).Select(r => r.Text));
    }

    [Fact]
    public void For_HighlightsAPhraseAsOneRunAndNotItsWordsElsewhere()
    {
        var block = new DocumentBuilder("d", "D").Paragraph("The general called a general strike, and the strike held.").Build().Blocks[0];

        var snippet = PassageSnippet.For(block, Index.Parse("\"general strike\"", null));

        Assert.Equal(["general strike"], snippet.Runs.Where(r => r.Highlighted).Select(r => r.Text));
    }

    [Fact]
    public void For_HighlightsAPhraseWithItsCommonWords()
    {
        var block = new DocumentBuilder("d", "D").Paragraph("They sang: workers of the world, unite.").Build().Blocks[0];

        var snippet = PassageSnippet.For(block, Index.Parse("\"workers of the world\"", null));

        Assert.Equal(["workers of the world"], snippet.Runs.Where(r => r.Highlighted).Select(r => r.Text));
    }

    [Fact]
    public void For_LeavesOutNoteReferences()
    {
        var block = new DocumentBuilder("d", "D").Paragraph("The cells grew in the factories.[22] Their union held.").Build().Blocks[0];

        var snippet = PassageSnippet.For(block, Index.Parse("cells", null));

        Assert.DoesNotContain("[22]", snippet.PlainText, StringComparison.Ordinal);
        Assert.Contains(snippet.Runs, r => r.Highlighted && r.Text == "cells");
    }

    [Fact]
    public void For_AnInfoboxLine_IsShownWholeWithTheValueHighlighted()
    {
        var block = new DocumentBuilder("d", "D").Block(BlockKind.InfoboxLine, "Leader: Alexander Shliapnikov").Build().Blocks[0];

        var snippet = PassageSnippet.For(block, Index.Parse("shliapnikov", null));

        Assert.Equal("Leader: Alexander Shliapnikov", snippet.PlainText);
        Assert.Equal(["Shliapnikov"], snippet.Runs.Where(r => r.Highlighted).Select(r => r.Text));
    }

    private static (Block Block, SearchQuery Query) FirstHit(string text)
    {
        var query = Index.Parse(text, null);
        return (Index.Search(query, null, 0, 1).Hits[0].Passage.Block, query);
    }
}
