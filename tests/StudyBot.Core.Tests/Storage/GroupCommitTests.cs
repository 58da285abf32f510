using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Storage;

public sealed class GroupCommitTests
{
    private const string Insert = """INSERT INTO "PlatformState" ("Key", "Value", "UpdatedUtc") VALUES (@p0, @p1, 0)""";

    [Fact]
    public async Task RunAsync_ManyConcurrentWritesOnSqlite_EachCallerGetsItsOwnCommittedResult()
    {
        await using var database = TestDatabase.Sqlite();
        await EachCallerGetsItsOwnCommittedResultAsync(database);
    }

    [PostgresFact]
    public async Task RunAsync_ManyConcurrentWritesOnPostgres_EachCallerGetsItsOwnCommittedResult()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await EachCallerGetsItsOwnCommittedResultAsync(database);
    }

    [Fact]
    public async Task RunAsync_OneWriteOfABatchFails_OnlyItsCallerFailsAndItsChangesAreRolledBack()
    {
        await using var database = TestDatabase.Sqlite();
        var contexts = await database.InstanceAsync();
        await using var writes = new GroupCommit(contexts, NullLogger<GroupCommit>.Instance);
        var failure = new InvalidOperationException("this write fails after its insert");

        var runs = Enumerable.Range(0, 40).Select(i => writes.RunAsync(
            async batch =>
            {
                var inserted = await batch.ExecuteAsync(Insert, $"key:{i}", "value");
                return i == 13 ? throw failure : inserted;
            },
            CancellationToken.None)).ToList();

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => runs[13]);
        Assert.Same(failure, thrown);
        Assert.All(runs.Where((_, i) => i != 13), run => Assert.Equal(1, run.Result));
        Assert.Equal(Enumerable.Range(0, 40).Where(i => i != 13).Select(i => $"key:{i}").Order(StringComparer.Ordinal), await KeysAsync(contexts));
    }

    [Fact]
    public async Task DisposeAsync_WithWritesQueued_CommitsThemAndRefusesNewOnes()
    {
        await using var database = TestDatabase.Sqlite();
        var contexts = await database.InstanceAsync();
        var writes = new GroupCommit(contexts, NullLogger<GroupCommit>.Instance);
        var queued = Enumerable.Range(0, 100).Select(i => writes.RunAsync(batch => batch.ExecuteAsync(Insert, $"key:{i}", "value"), CancellationToken.None)).ToList();

        await writes.DisposeAsync();

        Assert.Equal(Enumerable.Repeat(1, 100), await Task.WhenAll(queued));
        Assert.Equal(100, (await KeysAsync(contexts)).Count);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => writes.RunAsync(batch => batch.ExecuteAsync(Insert, "late", "value"), CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_WrongNumberOfValuesForAStatement_FailsThatWriteWithTheCounts()
    {
        await using var database = TestDatabase.Sqlite();
        await using var writes = new GroupCommit(await database.InstanceAsync(), NullLogger<GroupCommit>.Instance);
        await writes.RunAsync(batch => batch.ExecuteAsync(Insert, "key:1", "value"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => writes.RunAsync(batch => batch.ExecuteAsync(Insert, "key:2"), CancellationToken.None));

        Assert.StartsWith("The statement takes 2 values; 1 were given.", error.Message, StringComparison.Ordinal);
    }

    private static async Task EachCallerGetsItsOwnCommittedResultAsync(TestDatabase database)
    {
        var contexts = await database.InstanceAsync();
        await using var writes = new GroupCommit(contexts, NullLogger<GroupCommit>.Instance);
        const string Upsert = """INSERT INTO "PlatformState" ("Key", "Value", "UpdatedUtc") VALUES (@p0, @p1, 0) ON CONFLICT ("Key") DO NOTHING""";

        // Every key twice: within and across batches, the first insert wins and the second changes nothing.
        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() =>
            writes.RunAsync(batch => batch.ExecuteAsync(Upsert, $"key:{i % 200}", $"by {i}"), CancellationToken.None))));

        Assert.Equal(200, results.Sum());
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"key:{i}").Order(StringComparer.Ordinal), await KeysAsync(contexts));
    }

    private static async Task<List<string>> KeysAsync(IDbContextFactory<StudyBotDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var keys = await db.PlatformState.Select(s => s.Key).ToListAsync();
        return [.. keys.Order(StringComparer.Ordinal)];
    }
}
