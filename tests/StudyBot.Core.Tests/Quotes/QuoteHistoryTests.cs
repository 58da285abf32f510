using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Quotes;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Quotes;

public sealed class QuoteHistoryTests
{
    private static readonly CorpusSearchIndex Index = new(Corpus.TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance);

    [Fact]
    public async Task FindAsync_HundredQuotesInAChannel_RepeatsNoPassageWithinFiftyQuotes()
    {
        var finder = Finder(new QuoteHistory(), seed: 7);

        var references = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            references.Add((await finder.FindAsync("discord:channel-1", null, null, CancellationToken.None)).Reference);
        }

        AssertNoRepeatWithinHistory(references);
    }

    [Fact]
    public async Task FindAsync_AfterARestartOnSqlite_RemembersTheChannelsLastQuotes()
    {
        await using var database = TestDatabase.Sqlite();
        await RemembersAcrossRestartAsync(database);
    }

    [PostgresFact]
    public async Task FindAsync_AfterARestartOnPostgres_RemembersTheChannelsLastQuotes()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await RemembersAcrossRestartAsync(database);
    }

    [Fact]
    public async Task AddAsync_PastTheHistoryLength_KeepsOnlyTheLastFiftyInOrder()
    {
        await using var database = TestDatabase.Sqlite();
        var contexts = await database.InstanceAsync();
        var history = new StoredQuoteHistory(contexts);
        for (var i = 0; i < 60; i++)
        {
            await history.AddAsync("discord:channel-1", $"doc#{i}", CancellationToken.None);
        }

        await history.AddAsync("discord:channel-2", "doc#0", CancellationToken.None);

        Assert.Equal(Enumerable.Range(10, 50).Select(i => $"doc#{i}"), await new StoredQuoteHistory(await database.InstanceAsync()).RecentAsync("discord:channel-1", CancellationToken.None));
        await using var db = contexts.CreateDbContext();
        Assert.Equal(51, await db.QuoteHistory.CountAsync());
    }

    private static async Task RemembersAcrossRestartAsync(TestDatabase database)
    {
        var references = new List<string>();
        foreach (var seed in new[] { 7, 7 })
        {
            // The same seed draws the same passages again: only the stored history keeps them apart.
            var finder = Finder(new StoredQuoteHistory(await database.InstanceAsync()), seed);
            for (var i = 0; i < 30; i++)
            {
                references.Add((await finder.FindAsync("discord:channel-1", null, null, CancellationToken.None)).Reference);
            }
        }

        AssertNoRepeatWithinHistory(references);
    }

    private static QuoteFinder Finder(IQuoteHistory history, int seed) =>
        new(Corpus.TestCorpus.Library, Index, new QuoteCatalog(), RandomSource.WithSeed(seed), history);

    private static void AssertNoRepeatWithinHistory(List<string> references)
    {
        for (var i = 0; i < references.Count; i++)
        {
            var window = references.Skip(Math.Max(0, i - QuoteHistory.Length)).Take(Math.Min(i, QuoteHistory.Length));
            Assert.False(window.Contains(references[i]), $"Quote {i + 1} ({references[i]}) repeats one of the {QuoteHistory.Length} before it.");
        }
    }
}
