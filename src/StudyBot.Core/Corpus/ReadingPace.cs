namespace StudyBot.Core.Corpus;

/// <summary>Estimates how long a text takes to read.</summary>
public static class ReadingPace
{
    /// <summary>Average silent reading speed of adults for non-fiction (Brysbaert, 2019).</summary>
    public const int WordsPerMinute = 238;

    public static TimeSpan For(int words) =>
        TimeSpan.FromMinutes(Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute)));
}
