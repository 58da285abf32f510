using System.Data.Common;

namespace StudyBot.Core.Storage;

/// <summary>
/// The open transaction of a <see cref="GroupCommit"/> batch, in which its writes run their statements. SQL names its
/// values <c>@p0</c>, <c>@p1</c>, ... in the order given; the same text on SQLite and PostgreSQL.
/// </summary>
/// <remarks>Each statement text is prepared once and reused by every later write and batch on the same connection.</remarks>
public sealed class GroupCommitBatch : IAsyncDisposable
{
    private readonly DbConnection connection;
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private DbTransaction? transaction;

    internal GroupCommitBatch(DbConnection connection)
    {
        this.connection = connection;
    }

    /// <summary>Runs a statement; returns the number of rows it changed.</summary>
    public Task<int> ExecuteAsync(string sql, params object?[] values) => Command(sql, values).ExecuteNonQueryAsync();

    internal async Task BeginAsync()
    {
        transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
    }

    internal async Task CommitAsync()
    {
        var committing = transaction ?? throw new InvalidOperationException("No batch transaction is open.");
        transaction = null;
        await using (committing.ConfigureAwait(false))
        {
            await committing.CommitAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        commands.Clear();
        if (transaction is not null)
        {
            // Disposing an uncommitted transaction rolls it back.
            await transaction.DisposeAsync().ConfigureAwait(false);
            transaction = null;
        }
    }

    private DbCommand Command(string sql, object?[] values)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(values);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.Add(parameter);
            }

            commands.Add(sql, command);
        }

        if (command.Parameters.Count != values.Length)
        {
            throw new ArgumentException($"The statement takes {command.Parameters.Count} values; {values.Length} were given.", nameof(values));
        }

        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }
}
