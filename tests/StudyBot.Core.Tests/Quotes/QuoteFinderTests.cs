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

    private static QuoteFinder Finder(int seed) =>
        new(TestCorpus.Library, Index, new QuoteCatalog(), RandomSource.WithSeed(seed), new QuoteHistory());
}
