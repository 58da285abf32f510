using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace StudyBot.Core.Storage;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// The database chosen by <see cref="StorageOptions"/>: provider, connection string, and a description that is
/// safe to log or show (a file path, or host and database name, never a password).
/// </summary>
public sealed record StorageConnection(DatabaseProvider Provider, string ConnectionString, string Description, string? DatabaseFile)
{
    public static StorageConnection From(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var postgres = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return new StorageConnection(
                DatabaseProvider.PostgreSql,
                options.ConnectionString,
                $"PostgreSQL database '{postgres.Database}' on {postgres.Host}:{postgres.Port}",
                null);
        }

        var file = Path.GetFullPath(Path.Combine(options.DataDirectory, StorageOptions.DatabaseFileName));
        var sqlite = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            DefaultTimeout = (int)Math.Ceiling(options.LockTimeout.TotalSeconds),
            Pooling = true,
        };
        return new StorageConnection(
            DatabaseProvider.Sqlite,
            sqlite.ToString(),
            string.Create(CultureInfo.InvariantCulture, $"SQLite database file '{file}'"),
            file);
    }
}
