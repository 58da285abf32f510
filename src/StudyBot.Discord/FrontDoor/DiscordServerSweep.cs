using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// In HTTP interactions mode, at start and then every <see cref="Interval"/>: reads the servers the bot is in
/// (<c>GET /users/@me/guilds</c>, a page of 200 at a time) and stops the schedules of every server with schedules
/// that is no longer among them, as the gateway's GUILD_DELETE and READY do in gateway mode.
/// </summary>
/// <remarks>
/// Discord sends an HTTP-only bot no event when a server removes it (its webhook events tell of an install, and of a
/// user's removal, not a server's), so asking is the only way to know. Schedules are read before the list, so a
/// server that adds the bot and sets up a circle in between is never judged on a list from before it joined. A
/// deleted channel needs no sweep: the next post there is answered 404 Unknown Channel, and the poster stops that
/// channel's schedules then. Each instance sweeps on its own; stopping is idempotent, and one sweep of 2,500 servers
/// is 13 requests.
/// </remarks>
internal sealed partial class DiscordServerSweep : BackgroundService
{
    /// <summary>How often the list is read: a removed server's schedules stop within this; a post due before then is refused (403) and pauses its schedule.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>The most servers Discord lists in one page.</summary>
    public const int PageSize = 200;

    private readonly DiscordServerSchedules _servers;
    private readonly DiscordRestClient _rest;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordServerSweep> _logger;

    public DiscordServerSweep(DiscordServerSchedules servers, DiscordRestClient rest, TimeProvider time, ILogger<DiscordServerSweep> logger)
    {
        _servers = servers;
        _rest = rest;
        _time = time;
        _logger = logger;
    }

    /// <summary>Compares once; returns how many servers were found gone. Asks Discord nothing when no server has schedules.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var scheduled = await _servers.ScheduledAsync(cancellationToken).ConfigureAwait(false);
        if (scheduled.Count == 0)
        {
            return 0;
        }

        var present = await ListAsync(cancellationToken).ConfigureAwait(false);
        var gone = scheduled.Where(id => !present.Contains(id)).ToArray();
        foreach (var id in gone)
        {
            await _servers.StopRemovedAsync(id.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        }

        LogSwept(_logger, present.Count, scheduled.Count, gone.Length);
        return gone.Length;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, _time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // Nothing is stopped on a list that could not be read whole; the next sweep tries again.
                LogSweepFailed(_logger, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Every server the bot is in, reading on after the last id of each full page.</summary>
    private async Task<HashSet<ulong>> ListAsync(CancellationToken cancellationToken)
    {
        var present = new HashSet<ulong>();
        ulong? after = null;
        while (true)
        {
            var page = await _rest.GetCurrentUserGuildsAsync(after?.ToString(CultureInfo.InvariantCulture), PageSize, cancellationToken).ConfigureAwait(false);
            var ids = page.Select(g => ulong.Parse(g.Id, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
            present.UnionWith(ids);
            if (ids.Length < PageSize)
            {
                return present;
            }

            // Pages come in id order; one that does not move on would be read forever.
            var last = ids.Max();
            if (last <= after)
            {
                throw new InvalidOperationException($"Discord listed no server after {after} on a full page; the server list is not in id order.");
            }

            after = last;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord lists the bot in {Present} servers; {Scheduled} have schedules, {Gone} of them removed the bot")]
    private static partial void LogSwept(ILogger logger, int present, int scheduled, int gone);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the Discord servers the bot is in; trying again at the next sweep")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
