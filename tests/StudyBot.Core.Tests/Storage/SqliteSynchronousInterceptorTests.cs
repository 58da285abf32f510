using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Storage;

public sealed class SqliteSynchronousInterceptorTests
{
    [Fact]
    public async Task CreateDbContext_Sqlite_EveryConnectionSyncsAtCheckpointsOnly()
    {
        await using var database = TestDatabase.Sqlite();
        var contexts = await database.InstanceAsync();

        await using var db = contexts.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";

        // 1 is NORMAL; SQLite's default for a new connection is 2, FULL.
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
