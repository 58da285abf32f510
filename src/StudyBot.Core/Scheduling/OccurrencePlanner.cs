using Microsoft.Extensions.Options;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// Computes what a schedule does when: its occurrences from its cron expression in the schedule's IANA
/// zone (so 19:00 stays 19:00 local across daylight-saving changes), reminders a fixed duration before each
/// meeting, and the move to the next reading a meeting length after it.
/// </summary>
public sealed class OccurrencePlanner
{
    // Bounds a search that a valid, at-most-hourly schedule never comes near; stops a bad row from spinning.
    private const int MaxOccurrencesPerSearch = 100_000;

    private readonly SchedulingOptions options;

    public OccurrencePlanner(IOptions<SchedulingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
    }

    /// <summary>Events firing after <paramref name="after"/> and at or before <paramref name="until"/>, in firing order.</summary>
    public IReadOnlyList<ScheduleEvent> EventsBetween(ScheduleEntity schedule, DateTimeOffset after, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var (lead, lag) = Reach(schedule);
        var events = new List<ScheduleEvent>();
        foreach (var occurrence in Occurrences(schedule, after - lag))
        {
            if (occurrence - lead > until)
            {
                break;
            }

            events.AddRange(EventsOf(schedule, occurrence).Where(e => e.FireUtc > after && e.FireUtc <= until));
        }

        return events.OrderBy(e => e.FireUtc).ThenBy(e => e.Kind).ToArray();
    }

    /// <summary>The first event firing after <paramref name="after"/>, or null when the schedule never fires again.</summary>
    public DateTimeOffset? NextEventAfter(ScheduleEntity schedule, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var (lead, lag) = Reach(schedule);
        DateTimeOffset? best = null;
        foreach (var occurrence in Occurrences(schedule, after - lag))
        {
            if (best is { } found && occurrence - lead > found)
            {
                break;
            }

            foreach (var e in EventsOf(schedule, occurrence).Where(e => e.FireUtc > after))
            {
                best = best is null || e.FireUtc < best ? e.FireUtc : best;
            }
        }

        return best;
    }

    /// <summary>The first occurrence (meeting or post time) after <paramref name="after"/>.</summary>
    public DateTimeOffset? NextOccurrenceAfter(ScheduleEntity schedule, DateTimeOffset after) =>
        Cron(schedule).NextAfter(after);

    private IEnumerable<DateTimeOffset> Occurrences(ScheduleEntity schedule, DateTimeOffset after)
    {
        var cron = Cron(schedule);
        var current = after;
        for (var i = 0; i < MaxOccurrencesPerSearch && cron.NextAfter(current) is { } next; i++)
        {
            yield return next;
            current = next;
        }
    }

    private IEnumerable<ScheduleEvent> EventsOf(ScheduleEntity schedule, DateTimeOffset occurrence)
    {
        if (schedule.Kind == ScheduleKind.Excerpt)
        {
            yield return new ScheduleEvent(ScheduleEventKind.Excerpt, occurrence, occurrence);
            yield break;
        }

        foreach (var offset in ReminderOffsets.Load(schedule.ReminderOffsets))
        {
            yield return new ScheduleEvent(ScheduleEventKind.Reminder, occurrence, occurrence - offset, offset);
        }

        yield return new ScheduleEvent(ScheduleEventKind.MeetingEnd, occurrence, occurrence + options.MeetingLength);
    }

    // How far before an occurrence its first event fires (lead), and how far after its last one does (lag).
    private (TimeSpan Lead, TimeSpan Lag) Reach(ScheduleEntity schedule) =>
        schedule.Kind == ScheduleKind.Excerpt
            ? (TimeSpan.Zero, TimeSpan.Zero)
            : (ReminderOffsets.Load(schedule.ReminderOffsets).DefaultIfEmpty(TimeSpan.Zero).Max(), options.MeetingLength);

    private static ZonedCron Cron(ScheduleEntity schedule) => new(schedule.Cron, schedule.TimeZoneId);
}
