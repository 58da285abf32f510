using System.Globalization;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// How a <see cref="ScheduleError"/> is kept in a <c>LastError</c> or pause reason column: a code and its arguments
/// rather than a sentence, so that <c>status</c> says it in the reader's language whatever the language was when it
/// happened. Rows written before hold English sentences, which are shown as they are.
/// </summary>
public static class ScheduleErrors
{
    private const string Prefix = "error:";
    private const char Separator = '\u001F';

    // A previous error kept inside another (a post unsent past the window says why it failed before).
    private const char NestedSeparator = '\u001E';
    private const int Column = 500;

    /// <summary>The stored form, within the column's 500 characters (a long platform message is shortened).</summary>
    public static string Store(ScheduleError error, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parts = args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)!.Replace(Separator, NestedSeparator));
        var stored = Prefix + error + string.Concat(parts.Select(p => Separator + p));
        return stored.Length <= Column ? stored : stored[..(Column - 1)] + "…";
    }

    /// <summary>The error in <paramref name="language"/>; a sentence stored by an older version, as it is.</summary>
    public static string Describe(string stored, Language language)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return stored;
        }

        var parts = stored[Prefix.Length..].Split(Separator);
        if (!Enum.TryParse<ScheduleError>(parts[0], out var error) || !Enum.IsDefined(error))
        {
            return stored;
        }

        string Arg(int i) => i < parts.Length ? parts[i] : string.Empty;
        TimeSpan Span(int i) => TimeSpan.FromSeconds(double.Parse(Arg(i), CultureInfo.InvariantCulture));
        return error switch
        {
            ScheduleError.NoEligiblePassage => ScheduleTexts.NoEligiblePassage.Format(language, Arg(1)),
            ScheduleError.MissedBeyondGrace => ScheduleTexts.MissedBeyondGrace.Format(
                language,
                new ShownInstant(DateTimeOffset.FromUnixTimeSeconds(long.Parse(Arg(1), CultureInfo.InvariantCulture)), Arg(2)).InZone(language),
                ScheduleStatus.Duration(Span(3), language),
                ScheduleStatus.Duration(Span(4), language)),
            ScheduleError.UnsentBeyondGrace => ScheduleTexts.UnsentBeyondGrace.Format(
                language, ScheduleStatus.Duration(Span(1), language), Arg(2).Length > 0 ? Describe(Arg(2).Replace(NestedSeparator, Separator), language) : ScheduleTexts.NoErrorRecorded.In(language)),
            ScheduleError.AttemptFailed => ScheduleTexts.AttemptFailed.Format(language, Arg(1), Arg(2)),
            ScheduleError.Refused => ScheduleTexts.Refused.Format(language, Arg(1), Arg(2)),
            ScheduleError.SchedulePaused => ScheduleTexts.DroppedPaused.In(language),
            _ => ScheduleTexts.DroppedStopped.In(language),
        };
    }

    /// <summary>A span as stored: whole seconds.</summary>
    public static long Seconds(TimeSpan span) => (long)span.TotalSeconds;
}
