using Microsoft.EntityFrameworkCore;
using Npgsql;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Tests.TestSupport;

/// <summary>A fresh database for one test: a SQLite file in a temp directory, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? postgresName;

    private TestDatabase(string directory, string? connectionString, string? postgresName)
    {
        Directory = directory;
        ConnectionString = connectionString;
        this.postgresName = postgresName;
        SchedulerName = "test-" + Path.GetFileName(directory);
    }

    public string Directory { get; }

    /// <summary>The PostgreSQL connection string, or null for SQLite.</summary>
    public string? ConnectionString { get; }

    public string SchedulerName { get; private set; }

    public string SqliteFile => Path.Combine(Directory, "studybot.db");

    /// <param name="schedulerName">
    /// The Quartz scheduler name, which Quartz stores with every trigger: a copy of a database keeps its triggers only
    /// under the name they were stored with. By default each database has its own, as hosts in one process need.
    /// </param>
    public static TestDatabase Sqlite(string? schedulerName = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "studybot-tests", Guid.NewGuid().ToString("N"));
        var database = new TestDatabase(directory, null, null);
        if (schedulerName is not null)
        {
            database.SchedulerName = schedulerName;
        }

        return database;
    }

    public static async Task<TestDatabase> PostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        var name = "studybot_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        return new TestDatabase(Path.Combine(Path.GetTempPath(), "studybot-tests", name), builder.ToString(), name);
    }

    /// <summary>A context factory on this database, as one bot instance has; the schema is migrated first.</summary>
    public async Task<StudyBotDbContextFactory> InstanceAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var factory = new StudyBotDbContextFactory(StorageConnection.From(new StorageOptions { DataDirectory = Directory, ConnectionString = ConnectionString }));
        await using var db = factory.CreateDbContext();
        await db.Database.MigrateAsync();
        return factory;
    }

    public Dictionary<string, string?> Configuration() => new()
    {
        ["StudyBot:DataDirectory"] = Directory,
        ["StudyBot:ConnectionString"] = ConnectionString,
        ["StudyBot:Scheduling:SchedulerName"] = SchedulerName,
    };

    public async ValueTask DisposeAsync()
    {
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable));
            await connection.OpenAsync();

            // Only the test user's own sessions are ended: WITH (FORCE) would also try to end an autovacuum worker on the
            // database, which the test user may not signal (42501); a plain DROP stops such a worker by itself.
            await using var terminate = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @name AND usename = current_user AND pid <> pg_backend_pid()", connection);
            terminate.Parameters.AddWithValue("name", postgresName);
            await terminate.ExecuteScalarAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName}", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
