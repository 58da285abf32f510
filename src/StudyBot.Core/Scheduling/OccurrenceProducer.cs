using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// Turns a schedule's events since its cursor into outbox rows (or, older than the grace window, recorded
/// skips) and moves the cursor to now, on a context that the caller saves in one go.
/// </summary>
public sealed partial class OccurrenceProducer
{
    private readonly OccurrencePlanner planner;
    private readonly Dictionary<ScheduleKind, IScheduleHandler> handlers;
    private readonly SchedulingOptions options;
    private readonly ILogger<OccurrenceProducer> logger;

    public OccurrenceProducer(OccurrencePlanner planner, IEnumerable<IScheduleHandler> handlers, IOptions<SchedulingOptions> options, ILogger<OccurrenceProducer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.planner = planner;
        this.handlers = handlers.ToDictionary(h => h.Kind);
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary>Adds the active <paramref name="schedule"/>'s due events to <paramref name="db"/> unsaved; returns how many posts it enqueued.</summary>
    public async Task<int> ProduceAsync(StudyBotDbContext db, ScheduleEntity schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schedule);
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
        var reason = ScheduleErrors.Store(
            ScheduleError.MissedBeyondGrace,
            scheduleEvent.FireUtc.ToUnixTimeSeconds(),
            schedule.TimeZoneId,
            ScheduleErrors.Seconds(missedBy),
            ScheduleErrors.Seconds(options.GraceWindow));
        db.Outbox.Add(new OutboxPostEntity
        {
            OccurrenceKey = key,
            ScheduleId = schedule.Id,
            ChannelId = schedule.ChannelId,
            ScheduledUtc = scheduleEvent.FireUtc,
            Content = (content ?? new OutboxContent(string.Empty)).ToJson(),
            Status = OutboxStatus.Skipped,
            NextAttemptUtc = scheduleEvent.FireUtc,
            LastError = reason,
        });
        schedule.LastError = reason;
        LogSkipped(key, missedBy);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {OccurrenceKey}: missed by {MissedBy}, beyond the grace window")]
    private partial void LogSkipped(string occurrenceKey, TimeSpan missedBy);
}
