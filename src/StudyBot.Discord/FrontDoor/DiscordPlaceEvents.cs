using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Scheduling;
using StudyBot.Discord.Gateway;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// Stops the schedules of a place the bot can no longer post in: a deleted channel (CHANNEL_DELETE) and a server
/// that removed the bot (GUILD_DELETE), also while the bot was away: READY lists every server of the shard, and a
/// server with schedules that is not among them removed the bot. The status commands then say why it stopped.
/// </summary>
/// <remarks>
/// A GUILD_DELETE with <c>unavailable: true</c> is an outage: the server comes back with a GUILD_CREATE and its
/// schedules keep running. Threads need no handler: schedules post only in text and announcement channels
/// (the channel options' kinds), and a thread's deletion leaves its parent channel in place.
/// </remarks>
internal sealed partial class DiscordPlaceEvents : IGatewayDispatchHandler
{
    private const string Prefix = DiscordPlatformValues.Platform + ":";

    private readonly PlaceSchedules _places;
    private readonly DiscordServerSchedules _servers;
    private readonly ILogger<DiscordPlaceEvents> _logger;

    public DiscordPlaceEvents(PlaceSchedules places, DiscordServerSchedules servers, ILogger<DiscordPlaceEvents> logger)
    {
        _places = places;
        _servers = servers;
        _logger = logger;
    }

    public async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        switch (dispatch.Type)
        {
            case "CHANNEL_DELETE" when Id(dispatch.Data, "id") is { } channel:
                var channelStopped = await _places.StopChannelAsync(Prefix + channel, PlaceStopReason.ChannelDeleted, cancellationToken).ConfigureAwait(false);
                LogChannelDeleted(_logger, channel, channelStopped);
                break;
            case "GUILD_DELETE" when Id(dispatch.Data, "id") is { } guild:
                if (IsOutage(dispatch.Data))
                {
                    LogGuildUnavailable(_logger, guild);
                    break;
                }

                await _servers.StopRemovedAsync(guild, cancellationToken).ConfigureAwait(false);
                break;
            case "READY" when dispatch.Data.ValueKind == JsonValueKind.Object && dispatch.Data.TryGetProperty("guilds", out var guilds) && guilds.ValueKind == JsonValueKind.Array:
                await ReconcileAsync(dispatch.Data, guilds, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Stops the schedules of every server of this shard that READY no longer lists.</summary>
    private async Task ReconcileAsync(JsonElement ready, JsonElement guilds, CancellationToken cancellationToken)
    {
        var present = guilds.EnumerateArray().Select(g => Id(g, "id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var (shard, shardCount) = ready.TryGetProperty("shard", out var pair) && pair.ValueKind == JsonValueKind.Array && pair.GetArrayLength() == 2
            ? (pair[0].GetInt32(), pair[1].GetInt32())
            : (0, 1);

        // A server of another shard is that shard's to judge.
        foreach (var id in await _servers.ScheduledAsync(cancellationToken).ConfigureAwait(false))
        {
            var guild = id.ToString(CultureInfo.InvariantCulture);
            if ((int)((id >> 22) % (ulong)Math.Max(shardCount, 1)) == shard && !present.Contains(guild))
            {
                await _servers.StopRemovedAsync(guild, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsOutage(JsonElement data) =>
        data.TryGetProperty("unavailable", out var unavailable) && unavailable.ValueKind == JsonValueKind.True;

    private static string? Id(JsonElement data, string property) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(property, out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text
            ? text
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord channel {ChannelId} was deleted; stopped {Count} schedules there")]
    private static partial void LogChannelDeleted(ILogger logger, string channelId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord server {GuildId} is unavailable (an outage); its schedules keep running")]
    private static partial void LogGuildUnavailable(ILogger logger, string guildId);
}
