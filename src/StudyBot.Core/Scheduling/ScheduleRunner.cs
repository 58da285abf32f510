using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// Carries a schedule forward to now: every event since its cursor becomes an outbox row (or, when it is
/// older than the grace window, a recorded skip), in one transaction with the cursor's move.
/// </summary>
/// <remarks>
/// That transaction is the exactly-once guarantee on our side: a crash before it commits leaves the cursor
/// where it was, so the events are produced again; after it commits they exist once (the occurrence key is
/// unique). Two runs of one schedule (Quartz and the sweeper, or two instances) conflict on the schedule's
/// revision and the loser changes nothing.
/// </remarks>
public sealed partial class ScheduleRunner
{
    // Striped so that runs of different schedules proceed together while runs of one schedule queue up.
    private static readonly SemaphoreSlim[] Stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly OccurrencePlanner planner;
    private readonly Dictionary<ScheduleKind, IScheduleHandler> handlers;
    private readonly ScheduleTriggers triggers;
    private readonly OutboxSignal signal;
    private readonly TimeProvider time;
    private readonly SchedulingOptions options;
    private readonly ILogger<ScheduleRunner> logger;

    public ScheduleRunner(
        IDbContextFactory<StudyBotDbContext> contexts,
        OccurrencePlanner planner,
        IEnumerable<IScheduleHandler> handlers,
        ScheduleTriggers triggers,
        OutboxSignal signal,
        TimeProvider time,
        IOptions<SchedulingOptions> options,
        ILogger<ScheduleRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.contexts = contexts;
        this.planner = planner;
        this.handlers = handlers.ToDictionary(h => h.Kind);
        this.triggers = triggers;
        this.signal = signal;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary>Produces the schedule's due events and re-plans its trigger; returns how many posts were enqueued.</summary>
    public async Task<int> RunAsync(long scheduleId, CancellationToken cancellationToken)
    {
        var stripe = Stripes[(int)(scheduleId % Stripes.Length)];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunLockedAsync(scheduleId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stripe.Release();
        }
    }

    private async Task<int> RunLockedAsync(long scheduleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken).ConfigureAwait(false);
        if (schedule is null || schedule.State != ScheduleState.Active)
        {
            if (schedule is not null)
            {
                await triggers.PlanAsync(schedule, cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }

        var now = time.GetUtcNow();
        var events = planner.EventsBetween(schedule, schedule.CursorUtc, now);
        var keys = events.Select(e => e.KeyFor(schedule.Id)).ToArray();
        var existing = (await db.Outbox.Where(o => keys.Contains(o.OccurrenceKey)).Select(o => o.OccurrenceKey).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal);
        var enqueued = 0;
        foreach (var scheduleEvent in events)
        {
            var key = scheduleEvent.KeyFor(schedule.Id);
            if (!existing.Contains(key))
            {
                enqueued += await ProduceAsync(db, schedule, scheduleEvent, key, now, cancellationToken).ConfigureAwait(false);
            }

            if (schedule.State != ScheduleState.Active)
            {
                break;
            }
        }

        schedule.CursorUtc = now;
        schedule.NextEventUtc = schedule.State == ScheduleState.Active ? planner.NextEventAfter(schedule, now) : null;
        schedule.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException conflict)
        {
            // Another run (Quartz and the sweeper at once, or another instance) got there first; its work stands.
            LogConcurrentRun(conflict, scheduleId);
            return 0;
        }

        await triggers.PlanAsync(schedule, cancellationToken).ConfigureAwait(false);
        if (enqueued > 0)
        {
            signal.Notify();
        }

        return enqueued;
    }

    private async Task<int> ProduceAsync(StudyBotDbContext db, ScheduleEntity schedule, ScheduleEvent scheduleEvent, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var missedBy = now - scheduleEvent.FireUtc;
        var beyondGrace = missedBy > options.GraceWindow;

        // A circle still moves on after a meeting nobody was reminded of; posts alone are dropped when too old.
        if (beyondGrace && scheduleEvent.Kind != ScheduleEventKind.MeetingEnd)
        {
            RecordSkip(db, schedule, scheduleEvent, key, null, missedBy);
            return 0;
        }

        var content = await handlers[schedule.Kind].PrepareAsync(db, schedule, scheduleEvent, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return 0;
        }

        if (beyondGrace)
        {
            RecordSkip(db, schedule, scheduleEvent, key, content, missedBy);
            return 0;
        }

        db.Outbox.Add(new OutboxPostEntity
        {
            OccurrenceKey = key,
            ScheduleId = schedule.Id,
            ChannelId = schedule.ChannelId,
            ScheduledUtc = scheduleEvent.FireUtc,
            Content = content.ToJson(),
            Status = OutboxStatus.Pending,
            NextAttemptUtc = now,
        });
        return 1;
    }

    private void RecordSkip(StudyBotDbContext db, ScheduleEntity schedule, ScheduleEvent scheduleEvent, string key, OutboxContent? content, TimeSpan missedBy)
    {
        var reason = $"Skipped the post due {ScheduleStatus.Local(scheduleEvent.FireUtc, schedule.TimeZoneId)}: it was missed by {ScheduleStatus.Duration(missedBy)}, beyond the {ScheduleStatus.Duration(options.GraceWindow)} grace window.";
        db.Outbox.Add(new OutboxPostEntity
        {
            OccurrenceKey = key,
            ScheduleId = schedule.Id,
            ChannelId = schedule.ChannelId,
            ScheduledUtc = scheduleEvent.FireUtc,
            Content = (content ?? OutboxContent.Message(string.Empty)).ToJson(),
            Status = OutboxStatus.Skipped,
            NextAttemptUtc = scheduleEvent.FireUtc,
            LastError = reason,
        });
        schedule.LastError = reason;
        LogSkipped(key, missedBy);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Schedule {ScheduleId} was run concurrently; this run changed nothing")]
    private partial void LogConcurrentRun(Exception exception, long scheduleId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {OccurrenceKey}: missed by {MissedBy}, beyond the grace window")]
    private partial void LogSkipped(string occurrenceKey, TimeSpan missedBy);
}
