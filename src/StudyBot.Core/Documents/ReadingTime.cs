namespace StudyBot.Core.Documents;

/// <summary>Says a reading time the way readers say it.</summary>
public static class ReadingTime
{
    public static string Describe(TimeSpan time) =>
        time.TotalMinutes < 60
            ? $"{(int)Math.Ceiling(time.TotalMinutes)} min read"
            : $"{(int)time.TotalHours} h {time.Minutes} min read";
}
