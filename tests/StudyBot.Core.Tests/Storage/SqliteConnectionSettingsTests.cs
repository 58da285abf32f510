using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Storage;

public sealed class SqliteConnectionSettingsTests
{
    [Theory]
    [InlineData("synchronous", 1L)] // NORMAL; SQLite's default for a new connection is 2, FULL.
    [InlineData("busy_timeout", (long)SqliteConnectionSettings.BusyTimeoutMilliseconds)] // SQLite's default is 0: fail at once.
    [InlineData("wal_autocheckpoint", 0L)] // SQLite's default is 1,000 pages: a commit past them checkpoints.
    public async Task CreateDbContext_Sqlite_EveryConnectionHasTheSetting(string pragma, long expected)
    {
        await using var database = TestDatabase.Sqlite();
        var contexts = await database.InstanceAsync();

        await using var db = contexts.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma};";

        Assert.Equal(expected, await command.ExecuteScalarAsync());
    }
}
