using System.Globalization;
using StudyBot.Core.Commands;

namespace StudyBot.Core.Scheduling;

/// <summary>How long before each meeting reminders go out: typed as "1d,1h,30m", stored as minutes.</summary>
public static class ReminderOffsets
{
    public const int MaxCount = 5;

    private static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    /// <summary>Parses "1d,1h,30m"; refuses unknown units, zero, more than a week, or more than <see cref="MaxCount"/> offsets.</summary>
    public static IReadOnlyList<TimeSpan> Parse(string? text, string optionName = "remind-before")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var offsets = new SortedSet<TimeSpan>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var unit = part[^1];
            if (!int.TryParse(part[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0
                || unit is not ('d' or 'h' or 'm'))
            {
                throw new CommandException(ScheduleTexts.BadOffset, optionName, part);
            }

            var offset = unit switch { 'd' => TimeSpan.FromDays(amount), 'h' => TimeSpan.FromHours(amount), _ => TimeSpan.FromMinutes(amount) };
            if (offset > Longest)
            {
                throw new CommandException(ScheduleTexts.OffsetTooLong, optionName, part);
            }

            offsets.Add(offset);
        }

        return offsets.Count <= MaxCount
            ? offsets.Reverse().ToArray()
            : throw new CommandException(ScheduleTexts.TooManyOffsets, optionName, offsets.Count, MaxCount);
    }

    public static string Store(IEnumerable<TimeSpan> offsets) =>
        string.Join(',', offsets.Select(o => ((long)o.TotalMinutes).ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<TimeSpan> Load(string stored) =>
        string.IsNullOrEmpty(stored)
            ? []
            : stored.Split(',').Select(m => TimeSpan.FromMinutes(long.Parse(m, CultureInfo.InvariantCulture))).ToArray();

    /// <summary>"1d 2h" style, for replies.</summary>
    public static string Describe(TimeSpan offset) => offset switch
    {
        { TotalMinutes: < 60 } => $"{offset.TotalMinutes:0}m",
        { Minutes: 0, TotalHours: < 24 } => $"{offset.TotalHours:0}h",
        { Hours: 0, Minutes: 0 } => $"{offset.TotalDays:0}d",
        _ => $"{(int)offset.TotalHours}h{offset.Minutes:00}m",
    };
}
