using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using StudyBot.Core.Storage;
using StudyBot.Core.Quotes;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.Corpus;
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
    public async Task AddAsync_PastTwiceTheHistoryLength_KeepsOnlyTheLastFiftyInOrder()
    {
        await using var database = TestDatabase.Sqlite();
        var contexts = await database.InstanceAsync();
        await using var writes = new GroupCommit(contexts, NullLogger<GroupCommit>.Instance);
        var history = new StoredQuoteHistory(contexts, writes, TimeProvider.System, NullLogger<StoredQuoteHistory>.Instance);
        // Old rows go with the first quote and every fiftieth after it: the 101st leaves the last fifty.
        for (var i = 0; i <= 100; i++)
        {
            await history.AddAsync("discord:channel-1", $"doc#{i}", CancellationToken.None);
        }

        await history.AddAsync("discord:channel-2", "doc#0", CancellationToken.None);

        var restarted = new StoredQuoteHistory(contexts, writes, TimeProvider.System, NullLogger<StoredQuoteHistory>.Instance);
        Assert.Equal(Enumerable.Range(51, 50).Select(i => $"doc#{i}"), await restarted.RecentAsync("discord:channel-1", CancellationToken.None));
        await using var db = contexts.CreateDbContext();
        Assert.Equal(51, await db.QuoteHistory.CountAsync());
    }

    [Fact]
    public async Task RecentAsync_AnotherInstanceQuotedInTheChannel_CountsItFromTheNextRead()
    {
        await using var database = TestDatabase.Sqlite();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var contexts = await database.InstanceAsync();
        await using var writes = new GroupCommit(contexts, NullLogger<GroupCommit>.Instance);
        await using var otherWrites = new GroupCommit(await database.InstanceAsync(), NullLogger<GroupCommit>.Instance);
        var here = new StoredQuoteHistory(contexts, writes, clock, NullLogger<StoredQuoteHistory>.Instance);
        var there = new StoredQuoteHistory(contexts, otherWrites, clock, NullLogger<StoredQuoteHistory>.Instance);

        await here.RecentAsync("discord:channel-1", CancellationToken.None);
        await here.AddAsync("discord:channel-1", "doc#1", CancellationToken.None);
        await there.AddAsync("discord:channel-1", "doc#2", CancellationToken.None);
        var beforeReread = await here.RecentAsync("discord:channel-1", CancellationToken.None);
        clock.Advance(StoredQuoteHistory.RereadAfter);
        var afterReread = await here.RecentAsync("discord:channel-1", CancellationToken.None);

        Assert.Equal(["doc#1"], beforeReread);
        Assert.Equal(["doc#1", "doc#2"], afterReread);
    }

    [Fact]
    public async Task FindAsync_StoringTheQuoteHangs_ServesTheQuoteWithoutWaiting()
    {
        var history = new Mock<IQuoteHistory>();
        history.Setup(h => h.RecentAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        history.Setup(h => h.AddAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).Returns(new TaskCompletionSource().Task);

        // Bounded so that a finder that waits fails instead of hanging the run.
        var quote = await Finder(history.Object, seed: 7).FindAsync("discord:channel-1", null, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        history.Verify(h => h.AddAsync("discord:channel-1", quote.Reference, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AddAsync_DatabaseWriterStopped_LogsAndStillCountsTheQuote()
    {
        await using var database = TestDatabase.Sqlite();
        var contexts = await database.InstanceAsync();
        var writes = new GroupCommit(contexts, NullLogger<GroupCommit>.Instance);
        await writes.DisposeAsync();
        var logs = new RecordingLogger<StoredQuoteHistory>();
        var history = new StoredQuoteHistory(contexts, writes, TimeProvider.System, logs);
        await history.RecentAsync("discord:channel-1", CancellationToken.None);

        await history.AddAsync("discord:channel-1", "doc#1", CancellationToken.None);

        Assert.Equal(["doc#1"], await history.RecentAsync("discord:channel-1", CancellationToken.None));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("could not be stored", StringComparison.Ordinal));
    }

    private static async Task RemembersAcrossRestartAsync(TestDatabase database)
    {
        var references = new List<string>();
        foreach (var seed in new[] { 7, 7 })
        {
            // The same seed draws the same passages again: only the stored history keeps them apart.
            var contexts = await database.InstanceAsync();
            await using var writes = new GroupCommit(contexts, NullLogger<GroupCommit>.Instance);
            var finder = Finder(new StoredQuoteHistory(contexts, writes, TimeProvider.System, NullLogger<StoredQuoteHistory>.Instance), seed);
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
