using System.Globalization;

namespace StudyBot.Benchmarks.Discord;

/// <summary>
/// The Discord targets, measured against the fake Discord from the tests: interaction latency at 1,000 a second
/// on one core, the scheduled-post rate within Discord's per-route limits, and a start with 2,500 guilds. The bot
/// runs in a child process where its core or its memory is measured, so the fake's own work does not count.
/// </summary>
internal static class DiscordMeasurement
{
    public const string Command = "--measure-discord";
    public const string ChildCommand = "--discord-child";

    /// <summary>Runs every part; non-zero when one missed its target.</summary>
    public static int Run()
    {
        Console.WriteLine("Discord targets against the fake Discord (on a shared machine the numbers are noisy):");
        return InteractionLatency.Run() | OutboxRate.Run() | GuildStart.Run();
    }

    public static int RunChild(string[] arguments) => arguments switch
    {
        [InteractionLatency.Child, var url] => InteractionLatency.RunChild(url),
        [GuildStart.Child, var url, var guilds] => GuildStart.RunChild(url, int.Parse(guilds, CultureInfo.InvariantCulture)),
        [GuildStart.BaselineChild] => GuildStart.RunChild(apiBaseUrl: null, guilds: 0),
        _ => throw new ArgumentException("Unknown Discord child: " + string.Join(' ', arguments)),
    };

    public static string Verdict(bool met) => met ? "met" : "MISSED";
}
