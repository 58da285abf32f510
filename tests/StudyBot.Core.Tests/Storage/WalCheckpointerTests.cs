using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Storage;

public sealed class WalCheckpointerTests
{
    /// <summary>Commits of about a page each: half again as many as SQLite's default checkpoint threshold of 1,000 pages.</summary>
    private const int Commits = 1_500;

    private const int PageSize = 4_096;

    [Fact]
    public async Task Commit_BotConnection_LeavesTheLogForTheCheckpointer()
    {
        await using var database = TestDatabase.Sqlite();
        await using var writer = await WriteAsync(database);

        // With SQLite's default, a commit past 1,000 log pages would have copied them and the log started over.
        Assert.True(new FileInfo(database.SqliteFile + "-wal").Length > Commits * PageSize);
        Assert.True(new FileInfo(database.SqliteFile).Length < Commits * PageSize / 10);
    }

    [Fact]
    public async Task Tick_AfterCommits_CopiesTheLogIntoTheDatabaseFile()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider();
        using var checkpointer = Checkpointer(database, time);
        await checkpointer.StartAsync(CancellationToken.None);
        await using var writer = await WriteAsync(database);

        time.Advance(WalCheckpointer.Interval);

        await CopiedAsync(database).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(new FileInfo(database.SqliteFile).Length >= Commits * PageSize);
        await checkpointer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StopAsync_AfterCommits_LeavesTheLogEmpty()
    {
        await using var database = TestDatabase.Sqlite();
        using var checkpointer = Checkpointer(database, new FakeTimeProvider());
        await checkpointer.StartAsync(CancellationToken.None);
        await using var writer = await WriteAsync(database);

        await checkpointer.StopAsync(CancellationToken.None);

        Assert.Equal(0, new FileInfo(database.SqliteFile + "-wal").Length);
        Assert.True(new FileInfo(database.SqliteFile).Length >= Commits * PageSize);
    }

    /// <summary>The checkpoint runs on its own thread: done when the database file has grown by the log's pages.</summary>
    private static async Task CopiedAsync(TestDatabase database)
    {
        while (new FileInfo(database.SqliteFile).Length < Commits * PageSize)
        {
            await Task.Delay(20);
        }
    }

    private static WalCheckpointer Checkpointer(TestDatabase database, TimeProvider time) =>
        new(StorageConnection.From(new StorageOptions { DataDirectory = database.Directory }), time, NullLogger<WalCheckpointer>.Instance);

    /// <summary>
    /// Each row in a commit of its own, through a connection as the bot opens it, in WAL mode as the bot starts it.
    /// The writer stays open until the test ends: closing the last connection would checkpoint too.
    /// </summary>
    private static async Task<StudyBotDbContext> WriteAsync(TestDatabase database)
    {
        var contexts = await database.InstanceAsync();
        var db = contexts.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL; CREATE TABLE filler (content BLOB);");
        for (var i = 0; i < Commits; i++)
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO filler VALUES (zeroblob(3000));");
        }

        return db;
    }
}
