using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace StudyBot.Core.Scheduling;

/// <summary>How schedules describe themselves in <c>status</c> replies: local times, last sent, last error.</summary>
public static class ScheduleStatus
{
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.Create("ddd d MMM uuuu HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant as wall-clock time in the zone, e.g. "Thu 26 Mar 2026 19:00 (Europe/Amsterdam)".</summary>
    public static string Local(DateTimeOffset instant, string timeZoneId)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZoneId]).LocalDateTime;
        return LocalPattern.Format(local) + $" ({timeZoneId})";
    }

    public static string Duration(TimeSpan duration) => duration switch
    {
        { TotalMinutes: < 1 } => $"{duration.TotalSeconds:0} s",
        { TotalHours: < 1 } => $"{duration.TotalMinutes:0} min",
        { TotalDays: < 2 } => $"{duration.TotalHours:0.#} h",
        _ => $"{duration.TotalDays:0.#} days",
    };

    /// <summary>The lines every schedule shows: state, schedule, next run, last sent, last error.</summary>
    public static IEnumerable<string> Lines(ScheduleEntity schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        yield return schedule.State switch
        {
            ScheduleState.Active => "State: active",
            ScheduleState.Paused when schedule.PauseReason is { } reason => $"State: paused by the bot: {reason}",
            ScheduleState.Paused => "State: paused",
            _ => "State: stopped",
        };
        yield return $"Schedule: {schedule.Description} ({schedule.TimeZoneId}), posting in {schedule.ChannelId}";
        yield return schedule.NextEventUtc is { } next ? $"Next run: {Local(next, schedule.TimeZoneId)}" : "Next run: none";
        yield return schedule.LastSentUtc is { } sent ? $"Last sent: {Local(sent, schedule.TimeZoneId)}" : "Last sent: nothing yet";
        yield return $"Last error: {schedule.LastError ?? "none"}";
    }
}
