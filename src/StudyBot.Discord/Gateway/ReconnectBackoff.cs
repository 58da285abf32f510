namespace StudyBot.Discord.Gateway;

/// <summary>Jittered exponential backoff between failed connections: 1 s, 2 s, 4 s ... up to 2 minutes, each times 0.5-1.5.</summary>
internal static class ReconnectBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Longest = TimeSpan.FromMinutes(2);

    public static TimeSpan Delay(int failures, Random random)
    {
        if (failures <= 0)
        {
            return TimeSpan.Zero;
        }

        var exponential = First.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = Math.Min(exponential, Longest.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + random.NextDouble()));
    }
}
