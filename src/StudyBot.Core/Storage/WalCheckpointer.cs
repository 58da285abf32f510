using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StudyBot.Core.Storage;

/// <summary>
/// Copies the SQLite write-ahead log into the database file every <see cref="Interval"/>, which the bot's own
/// connections never do at commit (<see cref="SqliteConnectionSettings"/>). Does nothing on PostgreSQL.
/// </summary>
/// <remarks>
/// <para>The checkpoints are PASSIVE: writers go on appending to the log while one copies, and what a reader still
/// needs stays in the log for the next one. The log starts over only after a checkpoint that copied all of it, which
/// writes that never pause never allow: past <see cref="RestartAbovePages"/> a RESTART checkpoint holds writers back
/// while it finishes, a short pause instead of a log that grows without end. On stop, a TRUNCATE checkpoint leaves the
/// log empty.</para>
/// <para>It runs on a thread of its own because a checkpoint ends in disk syncs that block the thread: on the thread
/// pool, which the runtime sizes to the machine's cores, one would hold up the work of waiting interactions.</para>
/// </remarks>
public sealed partial class WalCheckpointer : IHostedService, IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Log pages (of 4 KiB) past which a checkpoint makes the log start over: 64 MiB, a few seconds of the busiest load.</summary>
    public const long RestartAbovePages = 16_384;

    private readonly StorageConnection connection;
    private readonly TimeProvider time;
    private readonly ILogger<WalCheckpointer> logger;
    private readonly AutoResetEvent due = new(false);
    private readonly CancellationTokenSource stopping = new();
    private ITimer? timer;
    private Thread? worker;

    public WalCheckpointer(StorageConnection connection, TimeProvider time, ILogger<WalCheckpointer> logger)
    {
        this.connection = connection;
        this.time = time;
        this.logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            worker = new Thread(CheckpointUntilStopped) { IsBackground = true, Name = "SQLite checkpoints" };
            worker.Start();
            timer = time.CreateTimer(_ => due.Set(), null, Interval, Interval);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        timer?.Dispose();
        stopping.Cancel();
        worker?.Join();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        timer?.Dispose();
        stopping.Dispose();
        due.Dispose();
    }

    private void CheckpointUntilStopped()
    {
        using var sqlite = new SqliteConnection(connection.ConnectionString);
        var signals = new[] { due, stopping.Token.WaitHandle };
        while (WaitHandle.WaitAny(signals) == 0)
        {
            if (Checkpoint(sqlite, "PASSIVE") > RestartAbovePages)
            {
                Checkpoint(sqlite, "RESTART");
            }
        }

        Checkpoint(sqlite, "TRUNCATE");
    }

    /// <summary>Runs one checkpoint; returns how many pages the log holds (0 when it failed).</summary>
    private long Checkpoint(SqliteConnection sqlite, string mode)
    {
        try
        {
            if (sqlite.State != System.Data.ConnectionState.Open)
            {
                sqlite.Open();
            }

            using var command = sqlite.CreateCommand();
            command.CommandText = $"PRAGMA wal_checkpoint({mode});";
            using var result = command.ExecuteReader();
            // One row: whether a lock stopped it, the log's pages, and the pages now in the database file.
            if (!result.Read())
            {
                return 0;
            }

            var pages = result.GetInt64(1);
            if (result.GetInt64(0) != 0)
            {
                var copied = result.GetInt64(2);
                LogBusy(mode, pages, copied);
            }

            return pages;
        }
        catch (DbException failure)
        {
            // The log stays and the next checkpoint tries again; nothing written is lost.
            LogFailed(mode, connection.Description, failure.Message);
            sqlite.Close();
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A {Mode} checkpoint found the database busy: {Copied} of {Pages} log pages copied")]
    private partial void LogBusy(string mode, long pages, long copied);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Mode} checkpoint of the {Database} failed ({Reason}); the next one tries again")]
    private partial void LogFailed(string mode, string database, string reason);
}
