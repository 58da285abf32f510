using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StudyBot.Core.Storage;

/// <summary>
/// Creates or upgrades the database before anything else starts, and stops the host with a message naming
/// the file or server when the database is corrupt, locked or unreachable.
/// </summary>
/// <remarks>
/// It never deletes or recreates a database: a file it cannot read is left as it is for the operator to
/// restore, so a start-up failure can never turn into silent data loss.
/// </remarks>
public sealed partial class DatabaseInitializer : IHostedService
{
    private readonly StorageConnection connection;
    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly ILogger<DatabaseInitializer> logger;

    public DatabaseInitializer(StorageConnection connection, IDbContextFactory<StudyBotDbContext> contexts, ILogger<DatabaseInitializer> logger)
    {
        this.connection = connection;
        this.contexts = contexts;
        this.logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (connection.DatabaseFile is { } file)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await CheckSqliteFileAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToArray();
            if (pending.Length > 0)
            {
                LogUpgrading(connection.Description, pending[^1]);
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }

            LogReady(connection.Description);
        }
        catch (Exception failure) when (failure is DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new StorageStartupException(Explain(failure), failure);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Reading the header and walking the pages finds a file that is not a database, or a damaged one, before
    // the first migration writes to it; switching to WAL needs the write lock, so a locked file fails here too.
    private async Task CheckSqliteFileAsync(CancellationToken cancellationToken)
    {
        await using var sqlite = new SqliteConnection(connection.ConnectionString);
        await sqlite.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        command.CommandText = "PRAGMA quick_check;";
        var verdict = (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(verdict, "ok", StringComparison.Ordinal))
        {
            throw new StorageStartupException(
                $"The {connection.Description} is damaged ({verdict}). It was left untouched: restore it from a backup, or move it away to start with an empty database.");
        }
    }

    private string Explain(Exception failure) => failure switch
    {
        SqliteException { SqliteErrorCode: 26 or 11 } =>
            $"The {connection.Description} is not a readable SQLite database ({failure.Message}). It was left untouched: restore it from a backup, or move it away to start with an empty database.",
        SqliteException { SqliteErrorCode: 5 or 6 } =>
            $"The {connection.Description} is locked by another process ({failure.Message}). Stop the other StudyBot instance or program using it, or use PostgreSQL to run several instances.",
        SqliteException { SqliteErrorCode: 8 or 14 } or IOException or UnauthorizedAccessException =>
            $"The {connection.Description} cannot be opened for writing ({failure.Message}). Check that the data directory exists and is writable.",
        _ => $"The {connection.Description} could not be opened or upgraded: {failure.Message}",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Upgrading the {Database} to schema {Migration}")]
    private partial void LogUpgrading(string database, string migration);

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the {Database}")]
    private partial void LogReady(string database);
}
