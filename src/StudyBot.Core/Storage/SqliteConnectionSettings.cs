using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StudyBot.Core.Storage;

/// <summary>
/// Settings every SQLite connection needs, applied when it opens.
/// <list type="bullet">
/// <item><c>synchronous = NORMAL</c>: in WAL mode (which <see cref="DatabaseInitializer"/> turns on) the log is synced at
/// checkpoints instead of at every commit: a commit survives the process crashing, and only a power loss or an operating
/// system crash can undo the last ones. With FULL, every small write (an event claim, a stored reply) waited for the
/// disk, several milliseconds each, which a chat platform's burst multiplies.</item>
/// <item><c>busy_timeout</c>: a writer that finds the database locked by another connection waits inside SQLite,
/// which retries within a millisecond or so, instead of failing back to the provider, whose own retry loop sleeps far
/// longer between tries; concurrent interactions each write (claims, quote history), so this wait is common.</item>
/// <item><c>wal_autocheckpoint = 0</c>: a commit never copies the log into the database file. That copy syncs the disk,
/// which took up to 130 ms on a busy virtual disk, and done by a commit it held up every write queued behind it (the
/// claims of waiting interactions). <see cref="WalCheckpointer"/> does it in the background instead.</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for another connection's write lock before SQLite reports the database busy.</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    private static readonly string Pragmas = FormattableString.Invariant($"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA wal_autocheckpoint = 0;");

    public static SqliteConnectionSettings Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
