using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace StudyBot.Core.Storage;

/// <summary>
/// Sets <c>synchronous = NORMAL</c> on every SQLite connection. In WAL mode (which <see cref="DatabaseInitializer"/>
/// turns on) that syncs the log at checkpoints instead of at every commit: a commit survives the process crashing,
/// and only a power loss or an operating system crash can undo the last ones. With FULL, every small write (an event
/// claim, a stored reply) waited for the disk, several milliseconds each, which a chat platform's burst multiplies.
/// </summary>
internal sealed class SqliteSynchronousInterceptor : DbConnectionInterceptor
{
    public static SqliteSynchronousInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = "PRAGMA synchronous = NORMAL;";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
