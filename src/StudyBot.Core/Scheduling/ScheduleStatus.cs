using System.Globalization;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Scheduling;

/// <summary>How schedules describe themselves in <c>status</c> replies: local times, last sent, last error, in the reply language.</summary>
public static class ScheduleStatus
{
    private static readonly string[] CronDays = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>A run showing <paramref name="instant"/> as a date and time, in <paramref name="timeZoneId"/> where the platform shows one zone to all.</summary>
    public static TextRun At(DateTimeOffset instant, string timeZoneId, Language language) =>
        TextRun.At(new ShownInstant(instant, timeZoneId), language);

    /// <summary>A span the way status lines say it: "40 s", "12 min", "1,5 h", "3 days" / "3 dagen".</summary>
    public static string Duration(TimeSpan duration, Language language) => duration switch
    {
        { TotalMinutes: < 1 } => ScheduleTexts.Seconds.Format(language, duration.TotalSeconds),
        { TotalHours: < 1 } => ScheduleTexts.Minutes.Format(language, duration.TotalMinutes),
        { TotalDays: < 2 } => ScheduleTexts.Hours.Format(language, duration.TotalHours),
        _ => ScheduleTexts.Days.Format(language, duration.TotalDays),
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

    /// <summary>The lines every schedule shows: state, schedule, next run, last sent, last error; times as values.</summary>
    public static IEnumerable<RichText> Lines(ScheduleEntity schedule, Language language)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var reason = schedule.PauseReason is { } stored ? ReasonIn(stored, language) : null;
        yield return RichText.Plain((schedule.State, reason) switch
        {
            (ScheduleState.Active, _) => ScheduleTexts.Active.In(language),
            (ScheduleState.Paused, { }) => ScheduleTexts.PausedByBot.Format(language, reason),
            (ScheduleState.Paused, null) => ScheduleTexts.Paused.In(language),
            (_, { }) => ScheduleTexts.StoppedByBot.Format(language, reason),
            _ => ScheduleTexts.Stopped.In(language),
        });
        yield return RichText.Plain(ScheduleTexts.Schedule.Format(language, Describe(schedule.Cron, language), schedule.TimeZoneId, schedule.ChannelId));
        yield return schedule.NextEventUtc is { } next
            ? RichText.Format(ScheduleTexts.NextRun, language, At(next, schedule.TimeZoneId, language))
            : RichText.Plain(ScheduleTexts.NoNextRun.In(language));
        yield return schedule.LastSentUtc is { } sent
            ? RichText.Format(ScheduleTexts.LastSent, language, At(sent, schedule.TimeZoneId, language))
            : RichText.Plain(ScheduleTexts.NothingSent.In(language));
        yield return RichText.Plain(
            schedule.LastError is { } error ? ScheduleTexts.LastError.Format(language, ScheduleErrors.Describe(error, language)) : ScheduleTexts.NoError.In(language));
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
            : ScheduleErrors.Describe(stored, language);
}
