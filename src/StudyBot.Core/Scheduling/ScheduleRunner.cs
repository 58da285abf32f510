using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// Carries schedules forward to now: every event since a schedule's cursor becomes an outbox row (or, when it
/// is older than the grace window, a recorded skip), saved together with the cursor's move.
/// </summary>
/// <remarks>
/// That save is the exactly-once guarantee on our side: a crash before it commits leaves the cursor where it
/// was, so the events are produced again; after it commits they exist once (the occurrence key is unique).
/// Two runs of one schedule (Quartz and the sweeper, or two instances) conflict on the schedule's revision
/// and the loser changes nothing.
/// </remarks>
public sealed partial class ScheduleRunner : IDisposable
{
    // Most due schedules a run takes on; the rest are left for the next one.
    private const int MaxPerRun = 5000;

    // Schedules carried forward per transaction: on SQLite's single writer, one commit for many schedules is
    // what lets a burst of them out in time, and a bounded batch lets the sender's writes in between.
    private const int BatchSize = 100;

    private const string Savepoint = "schedule";

    // One run at a time in this process, so runs of one schedule never overlap here (other instances are kept
    // apart by the revision), and a run started meanwhile finds only what the one before left.
    private readonly SemaphoreSlim running = new(1, 1);

    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly OccurrenceProducer producer;
    private readonly ScheduleTriggers triggers;
    private readonly OutboxSignal signal;
    private readonly TimeProvider time;
    private readonly ILogger<ScheduleRunner> logger;

    public ScheduleRunner(
        IDbContextFactory<StudyBotDbContext> contexts,
        OccurrenceProducer producer,
        ScheduleTriggers triggers,
        OutboxSignal signal,
        TimeProvider time,
        ILogger<ScheduleRunner> logger)
    {
        this.contexts = contexts;
        this.producer = producer;
        this.triggers = triggers;
        this.signal = signal;
        this.time = time;
        this.logger = logger;
    }

    public void Dispose() => running.Dispose();

    /// <summary>Runs every active schedule whose next event is due; returns how many posts were enqueued.</summary>
    public Task<int> RunDueAsync(CancellationToken cancellationToken) => RunAsync(null, cancellationToken);

    /// <summary>
    /// Runs the schedule whose trigger fired, first, together with every due one; returns how many posts were
    /// enqueued. A fired schedule that is paused or stopped has its trigger removed.
    /// </summary>
    public Task<int> RunFiredAsync(long scheduleId, CancellationToken cancellationToken) => RunAsync(scheduleId, cancellationToken);

    private async Task<int> RunAsync(long? firedScheduleId, CancellationToken cancellationToken)
    {
        await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            List<long> due;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
            {
                var now = time.GetUtcNow();
                due = await db.Schedules.Where(s => s.State == ScheduleState.Active && s.NextEventUtc <= now)
                    .OrderBy(s => s.NextEventUtc).Select(s => s.Id).Take(MaxPerRun).ToListAsync(cancellationToken).ConfigureAwait(false);
            }

            var scheduleIds = firedScheduleId is { } fired ? due.Where(id => id != fired).Prepend(fired) : due;
            var enqueued = 0;
            foreach (var batch in scheduleIds.Chunk(BatchSize))
            {
                try
                {
                    enqueued += await RunBatchAsync(batch, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // Nothing of a batch that did not commit was saved; the next run takes it up again.
                    LogBatchFailed(failure, batch.Length);
                }
            }

            return enqueued;
        }
        finally
        {
            running.Release();
        }
    }

    private async Task<int> RunBatchAsync(long[] scheduleIds, CancellationToken cancellationToken)
    {
        var carried = new List<ScheduleEntity>(scheduleIds.Length);
        var enqueued = 0;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            // Each schedule gets a savepoint of its own below.
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

            // In id order, so that two instances running the same schedules on PostgreSQL lock their rows in the same order.
            foreach (var scheduleId in scheduleIds.Order())
            {
                if (await CarryForwardInBatchAsync(db, transaction, scheduleId, cancellationToken).ConfigureAwait(false) is { } result)
                {
                    carried.Add(result.Schedule);
                    enqueued += result.Enqueued;
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await triggers.PlanAsync(carried, cancellationToken).ConfigureAwait(false);
        if (enqueued > 0)
        {
            signal.Notify();
        }

        return enqueued;
    }

    // A schedule that lost a race or failed rolls back to its savepoint: it gives up its own part only, as it would in a run of its own.
    private async Task<(ScheduleEntity Schedule, int Enqueued)?> CarryForwardInBatchAsync(
        StudyBotDbContext db, IDbContextTransaction transaction, long scheduleId, CancellationToken cancellationToken)
    {
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
        try
        {
            var (schedule, enqueued) = await CarryForwardAsync(db, scheduleId, cancellationToken).ConfigureAwait(false);
            await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
            return schedule is null ? null : (schedule, enqueued);
        }
        catch (DbUpdateException conflict)
        {
            await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
            LogConcurrentRun(conflict, scheduleId);
            return null;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // One broken schedule must not keep the others from running.
            await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken).ConfigureAwait(false);
            LogRunFailed(failure, scheduleId);
            return null;
        }
        finally
        {
            // The next schedule reads what this one saved, or did not, from the database rather than from tracked entities.
            db.ChangeTracker.Clear();
        }
    }

    // Saves the active schedule's due events with its cursor; an inactive one comes back unchanged, for its trigger to be removed.
    private async Task<(ScheduleEntity? Schedule, int Enqueued)> CarryForwardAsync(StudyBotDbContext db, long scheduleId, CancellationToken cancellationToken)
    {
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken).ConfigureAwait(false);
        if (schedule is null || schedule.State != ScheduleState.Active)
        {
            return (schedule, 0);
        }

        var enqueued = await producer.ProduceAsync(db, schedule, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (schedule, enqueued);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Schedule {ScheduleId} was run concurrently; this run changed nothing")]
    private partial void LogConcurrentRun(Exception exception, long scheduleId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Running schedule {ScheduleId} failed")]
    private partial void LogRunFailed(Exception exception, long scheduleId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Running a batch of {Count} due schedules failed; the next run takes them up again")]
    private partial void LogBatchFailed(Exception exception, int count);
}
