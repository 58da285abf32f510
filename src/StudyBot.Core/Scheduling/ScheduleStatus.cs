using System.Globalization;
using NodaTime;
using NodaTime.Text;
using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Scheduling;

/// <summary>How schedules describe themselves in <c>status</c> replies: local times, last sent, last error, in the reply language.</summary>
public static class ScheduleStatus
{
    private static readonly string[] CronDays = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>An instant as wall-clock time in the zone, e.g. "Thu 26 Mar 2026 19:00 (Europe/Amsterdam)" or "do 26 mrt 2026 19:00 (Europe/Amsterdam)".</summary>
    public static string Local(DateTimeOffset instant, string timeZoneId, Language? language = null)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZoneId]).LocalDateTime;
        var pattern = LocalDateTimePattern.Create("ddd d MMM uuuu HH:mm", LocalText.CultureOf(language ?? Language.English));
        return pattern.Format(local) + $" ({timeZoneId})";
    }

    public static string Duration(TimeSpan duration) => duration switch
    {
        { TotalMinutes: < 1 } => $"{duration.TotalSeconds:0} s",
        { TotalHours: < 1 } => $"{duration.TotalMinutes:0} min",
        { TotalDays: < 2 } => $"{duration.TotalHours:0.#} h",
        _ => $"{duration.TotalDays:0.#} days",
    };

    /// <summary>
    /// The schedule in words, from its cron expression rather than the stored English description, so that it
    /// reads in <paramref name="language"/>: "every day at 07:30", "elke donderdag om 19:00", else "cron ...".
    /// </summary>
    public static string Describe(string cron, Language language)
    {
        ArgumentNullException.ThrowIfNull(cron);
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 6 && fields[0] == "0"
            && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute)
            && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var hour))
        {
            var time = string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}");
            if (fields[3] == "*" && fields[4] == "*" && fields[5] == "?")
            {
                return ScheduleTexts.Daily.Format(language, time);
            }

            if (fields[3] == "?" && fields[4] == "*" && Array.IndexOf(CronDays, fields[5]) is var day and >= 0)
            {
                return ScheduleTexts.Weekly.Format(language, LocalText.CultureOf(language).DateTimeFormat.GetDayName((DayOfWeek)day), time);
            }
        }

        return ScheduleTexts.Cron.Format(language, cron);
    }

    /// <summary>The lines every schedule shows: state, schedule, next run, last sent, last error.</summary>
    public static IEnumerable<string> Lines(ScheduleEntity schedule, Language language)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var reason = schedule.PauseReason is { } stored ? ReasonIn(stored, language) : null;
        yield return (schedule.State, reason) switch
        {
            (ScheduleState.Active, _) => ScheduleTexts.Active.In(language),
            (ScheduleState.Paused, { }) => ScheduleTexts.PausedByBot.Format(language, reason),
            (ScheduleState.Paused, null) => ScheduleTexts.Paused.In(language),
            (_, { }) => ScheduleTexts.StoppedByBot.Format(language, reason),
            _ => ScheduleTexts.Stopped.In(language),
        };
        yield return ScheduleTexts.Schedule.Format(language, Describe(schedule.Cron, language), schedule.TimeZoneId, schedule.ChannelId);
        yield return schedule.NextEventUtc is { } next ? ScheduleTexts.NextRun.Format(language, Local(next, schedule.TimeZoneId, language)) : ScheduleTexts.NoNextRun.In(language);
        yield return schedule.LastSentUtc is { } sent ? ScheduleTexts.LastSent.Format(language, Local(sent, schedule.TimeZoneId, language)) : ScheduleTexts.NothingSent.In(language);
        yield return schedule.LastError is { } error ? ScheduleTexts.LastError.Format(language, error) : ScheduleTexts.NoError.In(language);
    }

    // A front door's reason is a code said in the reader's language; a platform's refusal is shown as it came.
    private static string ReasonIn(string stored, Language language) =>
        PlaceStopReasons.TryRead(stored, out var place)
            ? (place switch
            {
                PlaceStopReason.ChannelDeleted => ScheduleTexts.ChannelDeleted,
                PlaceStopReason.BotRemoved => ScheduleTexts.BotRemoved,
                PlaceStopReason.BotBanned => ScheduleTexts.BotBanned,
                _ => ScheduleTexts.BotLeft,
            }).In(language)
            : stored;
}
