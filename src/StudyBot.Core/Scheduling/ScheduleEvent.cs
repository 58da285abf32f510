using System.Globalization;

namespace StudyBot.Core.Scheduling;

public enum ScheduleEventKind
{
    /// <summary>A reminder before a circle meeting.</summary>
    Reminder,

    /// <summary>The end of a circle meeting: the circle moves to its next reading.</summary>
    MeetingEnd,

    /// <summary>A daily excerpt is due.</summary>
    Excerpt,
}

/// <summary>
/// Something a schedule does at <see cref="FireUtc"/> for the occurrence at <see cref="OccurrenceUtc"/>.
/// </summary>
/// <param name="Kind">What happens.</param>
/// <param name="OccurrenceUtc">The meeting or post time the event belongs to.</param>
/// <param name="FireUtc">When the event happens.</param>
/// <param name="Offset">For reminders, how long before the meeting.</param>
public sealed record ScheduleEvent(ScheduleEventKind Kind, DateTimeOffset OccurrenceUtc, DateTimeOffset FireUtc, TimeSpan Offset = default)
{
    /// <summary>
    /// The occurrence key: schedule id, what, and the scheduled instant. Unique in the outbox, and the
    /// idempotency key the platform sees.
    /// </summary>
    public string KeyFor(long scheduleId)
    {
        var instant = OccurrenceUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return Kind switch
        {
            ScheduleEventKind.Reminder => string.Create(CultureInfo.InvariantCulture, $"s{scheduleId}:reminder-{(long)Offset.TotalMinutes}m:{instant}"),
            ScheduleEventKind.MeetingEnd => string.Create(CultureInfo.InvariantCulture, $"s{scheduleId}:meeting-end:{instant}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"s{scheduleId}:excerpt:{instant}"),
        };
    }
}
