using Microsoft.Data.Sqlite;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Storage;

public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task Start_CorruptDatabaseFile_FailsNamingTheFileAndLeavesItUntouched()
    {
        await using var database = TestDatabase.Sqlite();
        Directory.CreateDirectory(database.Directory);
        var garbage = new byte[8192];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(database.SqliteFile, garbage);

        using var host = TestBot.Build(database, new FakeTimeProvider(DateTimeOffset.UnixEpoch), new RecordingPoster());
        var failure = await Assert.ThrowsAsync<StorageStartupException>(() => host.StartAsync());

        Assert.Contains(database.SqliteFile, failure.Message, StringComparison.Ordinal);
        Assert.Contains("not a readable SQLite database", failure.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(database.SqliteFile));
    }

    [Fact]
    public async Task Start_DatabaseFileLockedByAnotherProcess_FailsNamingTheFile()
    {
        await using var database = TestDatabase.Sqlite();
        Directory.CreateDirectory(database.Directory);
        await using var other = new SqliteConnection($"Data Source={database.SqliteFile};Pooling=False");
        await other.OpenAsync();
        await using (var command = other.CreateCommand())
        {
            command.CommandText = "CREATE TABLE other (x); BEGIN EXCLUSIVE; INSERT INTO other VALUES (1);";
            await command.ExecuteNonQueryAsync();
        }

        using var host = TestBot.Build(database, new FakeTimeProvider(DateTimeOffset.UnixEpoch), new RecordingPoster(), new Dictionary<string, string?> { ["StudyBot:LockTimeout"] = "00:00:01" });
        var failure = await Assert.ThrowsAsync<StorageStartupException>(() => host.StartAsync());

        Assert.Contains(database.SqliteFile, failure.Message, StringComparison.Ordinal);
        Assert.Contains("locked", failure.Message, StringComparison.Ordinal);
    }
}
