using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Storage;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// The Discord servers that have schedules, and stopping those of a server that removed the bot: what READY
/// (gateway) and the server list (HTTP interactions mode) are compared with.
/// </summary>
internal sealed partial class DiscordServerSchedules
{
    private const string Prefix = DiscordPlatformValues.Platform + ":";

    private readonly PlaceSchedules _places;
    private readonly IDbContextFactory<StudyBotDbContext> _contexts;
    private readonly ILogger<DiscordServerSchedules> _logger;

    public DiscordServerSchedules(PlaceSchedules places, IDbContextFactory<StudyBotDbContext> contexts, ILogger<DiscordServerSchedules> logger)
    {
        _places = places;
        _contexts = contexts;
        _logger = logger;
    }

    /// <summary>The ids of the servers with schedules that are not stopped; a direct message's community ("dm-...") is no server.</summary>
    public async Task<IReadOnlyList<ulong>> ScheduledAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var communities = await db.Schedules.AsNoTracking()
            .Where(s => s.State != ScheduleState.Stopped && s.CommunityId.StartsWith(Prefix))
            .Select(s => s.CommunityId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        return communities
            .Select(c => ulong.TryParse(c.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (ulong?)null)
            .OfType<ulong>()
            .ToArray();
    }

    /// <summary>Stops every schedule of <paramref name="guildId"/>, whose server removed the bot; <c>status</c> then says so.</summary>
    public async Task StopRemovedAsync(string guildId, CancellationToken cancellationToken)
    {
        var stopped = await _places.StopCommunityAsync(Prefix + guildId, PlaceStopReason.BotRemoved, cancellationToken).ConfigureAwait(false);
        LogRemoved(_logger, guildId, stopped);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot was removed from Discord server {GuildId}; stopped {Count} schedules there")]
    private static partial void LogRemoved(ILogger logger, string guildId, int count);
}
