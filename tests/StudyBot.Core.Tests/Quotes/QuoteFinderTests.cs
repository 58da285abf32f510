using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Quotes;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Quotes;

/// <summary>Topic quotes now that search finds every block /read shows: only paragraphs are ever quoted.</summary>
public sealed class QuoteFinderTests
{
    private static readonly CorpusSearchIndex Index = new(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance);

    [Theory]
    [InlineData("Colorcode")]
    [InlineData("Predecessor")]
    [InlineData("Haymarket")]
    [InlineData("Kongres")]
    public async Task FindAsync_ATopicOnlyInAnInfoboxBibliographyOrCaption_IsRefused(string topic)
    {
        var error = await Assert.ThrowsAsync<CommandException>(() => Finder(seed: 1).FindAsync("room", topic, null, CancellationToken.None));

        Assert.Equal($"'{topic}' only appears in passages that do not quote well on their own; try /search {topic}.", error.Message);
    }

    [Theory]
    [InlineData("Kollontai")]
    [InlineData("Oyak-Renault")]
    public async Task FindAsync_ATopicAlsoInNonProseBlocks_QuotesOnlyParagraphs(string topic)
    {
        var finder = Finder(seed: 2);

        for (var i = 0; i < 8; i++)
        {
            var quote = await finder.FindAsync("room", topic, null, CancellationToken.None);
            Assert.Equal(BlockKind.Paragraph, quote.Block.Kind);
        }
    }

    [Fact]
    public async Task FindAsync_AfterARunOfThreeSentences_NoQuoteRepeatsAnyOfThem()
    {
        var document = CorpusTestSupport.Import(
            "The workers of the northern factory met every morning before the shift began. " +
            "The regional union had organised the meeting to discuss the new wage offer from management. " +
            "Most delegates voted to reject the offer and to prepare for a strike.\n\n" +
            "The city council debated the transport budget for three long hours on Monday. " +
            "Several members argued for cheaper bus tickets for students and pensioners.\n");
        var library = new CorpusLibrary([document]);
        var index = new CorpusSearchIndex(library, NullLogger<CorpusSearchIndex>.Instance);
        var catalog = new QuoteCatalog();
        var run = Assert.Single(catalog.For(document), q => q.SentenceCount == 3);

        for (var seed = 1; seed <= 30; seed++)
        {
            var history = new QuoteHistory();
            await history.AddAsync("room", run.Reference, CancellationToken.None);
            var finder = new QuoteFinder(library, index, catalog, RandomSource.WithSeed(seed), history);

            var quote = await finder.FindAsync("room", null, null, CancellationToken.None);

            Assert.True(quote.FirstSentence >= run.FirstSentence + run.SentenceCount, $"Seed {seed} quoted sentence {quote.FirstSentence} again: {quote.Text}");
        }
    }

    private static QuoteFinder Finder(int seed) =>
        new(TestCorpus.Library, Index, new QuoteCatalog(), RandomSource.WithSeed(seed), new QuoteHistory());
}
