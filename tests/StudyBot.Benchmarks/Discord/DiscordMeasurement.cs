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

    /// <summary>Runs every part, or the one named (interactions, posts, guilds); non-zero when one missed its target.</summary>
    public static int Run(string? part = null)
    {
        if (!ChildProcess.BesideOneCore)
        {
            Console.WriteLine("Discord targets against the fake Discord (on a shared machine the numbers are noisy):");
        }

        return part switch
        {
            null => InteractionLatency.Run() | OutboxRate.Run() | GuildStart.Run(),
            InteractionLatency.Child => InteractionLatency.Run(),
            OutboxRate.Part => OutboxRate.Run(),
            GuildStart.Child => GuildStart.Run(),
            _ => throw new ArgumentException($"{Command} takes one of {InteractionLatency.Child}, {OutboxRate.Part}, {GuildStart.Child}, or nothing for all (was '{part}')."),
        };
    }

    public static int RunChild(string[] arguments) => arguments switch
    {
        [InteractionLatency.Child, var url, var answering, var stamps] => InteractionLatency.RunChild(url, answering, stamps),
        [GuildStart.Child, var url, var guilds] => GuildStart.RunChild(url, int.Parse(guilds, CultureInfo.InvariantCulture)),
        [GuildStart.BaselineChild] => GuildStart.RunChild(apiBaseUrl: null, guilds: 0),
        _ => throw new ArgumentException("Unknown Discord child: " + string.Join(' ', arguments)),
    };

    public static string Verdict(bool met) => met ? "met" : "MISSED";
}
