using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Storage;
using StudyBot.Core.Storage.DesignTime;
using StudyBot.Core.Storage.Migrations;

namespace StudyBot.Core.Tests.Storage;

/// <summary>Each provider's migrations cover the model, and both continue the history of the hand-written ones.</summary>
public sealed class MigrationCoverageTests
{
    [Fact]
    public void Model_OnSqlite_HasNoChangeThatNoMigrationCovers()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model changed: run dotnet ef migrations add <Name> --project src/StudyBot.Core --startup-project src/StudyBot --context SqliteStudyBotDbContext --output-dir Storage/Migrations/Sqlite --namespace StudyBot.Core.Storage.Migrations.Sqlite");
    }

    [Fact]
    public void Model_OnPostgres_HasNoChangeThatNoMigrationCovers()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model changed: run dotnet ef migrations add <Name> --project src/StudyBot.Core --startup-project src/StudyBot --context PostgresStudyBotDbContext --output-dir Storage/Migrations/Postgres --namespace StudyBot.Core.Storage.Migrations.Postgres");
    }

    [Fact]
    public void Migrations_OfEachProvider_StartWithTheHandWrittenHistory()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        foreach (StudyBotDbContext db in new StudyBotDbContext[] { sqlite, postgres })
        {
            var ids = db.Database.GetMigrations().ToArray();
            Assert.Equal([V0001_Initial.Id, V0002_ReadingListNotes.Id], ids[..2]);
            Assert.True(ids.Length > 2, $"{db.GetType().Name} has no scaffolded migration after the hand-written ones.");
        }
    }
}
