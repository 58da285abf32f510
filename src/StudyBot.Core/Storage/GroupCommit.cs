using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace StudyBot.Core.Storage;

/// <summary>
/// Runs the small writes of concurrent callers together: every write queued while one transaction runs goes into
/// the next, and each caller awaits its own result, which it gets only once that transaction has committed.
/// Claims and quote-history rows of interactions that arrive together cost one commit instead of one each.
/// </summary>
/// <remarks>
/// <para>One writer works the queue on one connection that it keeps open, with its statements prepared once, so a
/// batch costs a <c>BEGIN</c>, its statements and a <c>COMMIT</c>. A connection that fails is dropped and the next batch
/// opens a new one.</para>
/// <para>When a write fails, its batch is rolled back and each of its writes runs again in a transaction of its own,
/// so only the failing caller sees the error. A write must therefore change nothing outside the database before its
/// result is returned; it may run twice, once rolled back.</para>
/// <para>The queue holds at most <see cref="QueueCapacity"/> writes; past that, callers wait for room. Disposing stops
/// taking writes (they fail with <see cref="ObjectDisposedException"/>) and finishes those already queued.</para>
/// <para>A caller that gives up (its token cancelled) stops waiting at once; if its write was already in a running
/// batch it still commits.</para>
/// </remarks>
public sealed partial class GroupCommit : IAsyncDisposable, IDisposable
{
    /// <summary>Writes one transaction takes at most, so one batch never holds the database lock for long.</summary>
    public const int MaxBatch = 500;

    /// <summary>Writes waiting at most; more callers wait for room.</summary>
    public const int QueueCapacity = 10_000;

    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly ILogger<GroupCommit> logger;
    private readonly Channel<QueuedWrite> queue = Channel.CreateBounded<QueuedWrite>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Task writer;
    private StudyBotDbContext? db;
    private GroupCommitBatch? batch;

    public GroupCommit(IDbContextFactory<StudyBotDbContext> contexts, ILogger<GroupCommit> logger)
    {
        this.contexts = contexts;
        this.logger = logger;
        writer = Task.Run(WriteAllAsync);
    }

    /// <summary>
    /// Runs <paramref name="write"/> in the next transaction and returns its result once that transaction committed.
    /// </summary>
    /// <param name="write">The statements, run through the batch's <see cref="GroupCommitBatch"/>; it must not keep the batch.</param>
    /// <param name="cancellationToken">Stops waiting (for room in the queue, or for the commit).</param>
    public async Task<T> RunAsync<T>(Func<GroupCommitBatch, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var queued = new QueuedWrite<T>(write, cancellationToken);
        try
        {
            await queue.Writer.WriteAsync(queued, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(GroupCommit), "The database writer has stopped; the host is shutting down.");
        }

        return await queued.Result.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer.ConfigureAwait(false);
    }

    public void Dispose()
    {
        queue.Writer.TryComplete();
        writer.GetAwaiter().GetResult();
    }

    private async Task WriteAllAsync()
    {
        var writes = new List<QueuedWrite>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                // Work already queued on the pool (other commands about to write) runs first and joins this batch:
                // at a steady rate, writes rarely overlap by themselves, and each commit costs a write of the log.
                await Task.Yield();
                while (writes.Count < MaxBatch && queue.Reader.TryRead(out var write))
                {
                    if (!write.Cancelled)
                    {
                        writes.Add(write);
                    }
                }

                if (writes.Count > 0)
                {
                    await WriteAsync(writes).ConfigureAwait(false);
                    writes.Clear();
                }
            }
        }
        finally
        {
            await CloseAsync().ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(List<QueuedWrite> writes)
    {
        try
        {
            await CommitAsync(writes).ConfigureAwait(false);
            foreach (var write in writes)
            {
                write.Publish();
            }
        }
        catch (Exception failure)
        {
            if (writes.Count == 1)
            {
                writes[0].Fail(failure);
                return;
            }

            // One write may have spoilt the batch for the others: each gets a transaction of its own.
            LogBatchFailed(logger, failure, writes.Count);
            foreach (var write in writes)
            {
                try
                {
                    await CommitAsync([write]).ConfigureAwait(false);
                    write.Publish();
                }
                catch (Exception alone)
                {
                    write.Fail(alone);
                }
            }
        }
    }

    private async Task CommitAsync(List<QueuedWrite> writes)
    {
        var current = await OpenAsync().ConfigureAwait(false);
        try
        {
            await current.BeginAsync().ConfigureAwait(false);
            foreach (var write in writes)
            {
                await write.RunAsync(current).ConfigureAwait(false);
            }

            await current.CommitAsync().ConfigureAwait(false);
        }
        catch
        {
            // The connection's state is unknown after a failure (a broken socket, a rollback that failed): start afresh.
            await CloseAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<GroupCommitBatch> OpenAsync()
    {
        if (batch is not null)
        {
            return batch;
        }

        db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
        await db.Database.OpenConnectionAsync().ConfigureAwait(false);
        batch = new GroupCommitBatch(db.Database.GetDbConnection());
        return batch;
    }

    private async Task CloseAsync()
    {
        if (batch is not null)
        {
            await batch.DisposeAsync().ConfigureAwait(false);
            batch = null;
        }

        if (db is not null)
        {
            await db.DisposeAsync().ConfigureAwait(false);
            db = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} database writes failed; each runs again on its own")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int count);

    private abstract class QueuedWrite
    {
        public abstract bool Cancelled { get; }

        public abstract Task RunAsync(GroupCommitBatch batch);

        /// <summary>Hands the result to the caller: the transaction committed.</summary>
        public abstract void Publish();

        public abstract void Fail(Exception failure);
    }

    private sealed class QueuedWrite<T>(Func<GroupCommitBatch, Task<T>> write, CancellationToken cancellationToken) : QueuedWrite
    {
        private readonly TaskCompletionSource<T> result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? written;

        public Task<T> Result => result.Task;

        public override bool Cancelled => cancellationToken.IsCancellationRequested;

        public override async Task RunAsync(GroupCommitBatch batch) => written = await write(batch).ConfigureAwait(false);

        public override void Publish() => result.TrySetResult(written!);

        public override void Fail(Exception failure) => result.TrySetException(failure);
    }
}
