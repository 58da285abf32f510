using System.Globalization;
using Quartz;
using StudyBot.Core.Commands;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// A recurring schedule as Quartz cron, parsed from what a moderator types: "thursday 19:00" (weekly) or a
/// Quartz cron expression ("0 0 19 ? * THU"). Refuses, with a specific message, anything that does not parse
/// or that would fire more often than hourly.
/// </summary>
public sealed record SchedulePattern(string Cron, string Description)
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromHours(1);

    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    // Fixed so that the frequency check gives the same answer every time; it spans a leap day and a year end.
    private static readonly DateTimeOffset FrequencyCheckStart = new(2027, 12, 25, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Parses a weekly "day HH:mm" or a cron expression.</summary>
    public static SchedulePattern Parse(string text, string optionName = "schedule")
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 2 && DayOfWeekCode(words[0]) is { } day)
        {
            var (hour, minute) = ParseTimeOfDay(words[1], optionName);
            return new SchedulePattern(
                string.Create(CultureInfo.InvariantCulture, $"0 {minute} {hour} ? * {day}"),
                string.Create(CultureInfo.InvariantCulture, $"every {CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words[0].ToLowerInvariant())} at {hour:00}:{minute:00}"));
        }

        if (words.Length is < 6 or > 7)
        {
            throw new CommandException(ScheduleTexts.BadSchedule, optionName, text);
        }

        return FromCron(string.Join(' ', words), optionName);
    }

    /// <summary>Every day at <paramref name="timeOfDay"/> ("HH:mm", already validated by the command binder).</summary>
    public static SchedulePattern Daily(string timeOfDay, string optionName = "time")
    {
        var (hour, minute) = ParseTimeOfDay(timeOfDay, optionName);
        return new SchedulePattern(
            string.Create(CultureInfo.InvariantCulture, $"0 {minute} {hour} * * ?"),
            string.Create(CultureInfo.InvariantCulture, $"every day at {hour:00}:{minute:00}"));
    }

    private static SchedulePattern FromCron(string cron, string optionName)
    {
        CronExpression expression;
        try
        {
            expression = new CronExpression(cron, TimeZoneInfo.Utc);
        }
        catch (FormatException problem)
        {
            throw new CommandException(ScheduleTexts.BadCron, optionName, cron, problem.Message);
        }

        var previous = expression.GetNextValidTimeAfter(FrequencyCheckStart)
            ?? throw new CommandException(ScheduleTexts.CronNeverFires, optionName, cron);
        for (var i = 0; i < 400; i++)
        {
            if (expression.GetNextValidTimeAfter(previous) is not { } next)
            {
                break;
            }

            if (next - previous < MinimumInterval)
            {
                throw new CommandException(ScheduleTexts.CronTooOften, optionName, cron, next - previous);
            }

            previous = next;
        }

        return new SchedulePattern(cron, "cron " + cron);
    }

    private static string? DayOfWeekCode(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.Length >= 3
            ? Days.FirstOrDefault(code => Enum.GetNames<DayOfWeek>()[Array.IndexOf(Days, code)].StartsWith(lower, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    private static (int Hour, int Minute) ParseTimeOfDay(string text, string optionName)
    {
        var parts = text.Split(':');
        return parts.Length == 2 && parts[1].Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and <= 23
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute is >= 0 and <= 59
                ? (hour, minute)
                : throw new CommandException(ScheduleTexts.BadTime, optionName, text);
    }
}
