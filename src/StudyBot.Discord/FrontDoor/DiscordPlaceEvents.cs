using System.Text.Json;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Scheduling;
using StudyBot.Discord.Gateway;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// Stops the schedules of a place the bot can no longer post in: a deleted channel (CHANNEL_DELETE) and a server
/// that removed the bot (GUILD_DELETE). The status commands then say why the circle or excerpt stopped.
/// </summary>
/// <remarks>
/// A GUILD_DELETE with <c>unavailable: true</c> is an outage: the server comes back with a GUILD_CREATE and its
/// schedules keep running. Threads need no handler: schedules post only in text and announcement channels
/// (the channel options' kinds), and a thread's deletion leaves its parent channel in place.
/// </remarks>
internal sealed partial class DiscordPlaceEvents : IGatewayDispatchHandler
{
    private readonly PlaceSchedules _places;
    private readonly ILogger<DiscordPlaceEvents> _logger;

    public DiscordPlaceEvents(PlaceSchedules places, ILogger<DiscordPlaceEvents> logger)
    {
        _places = places;
        _logger = logger;
    }

    public async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        switch (dispatch.Type)
        {
            case "CHANNEL_DELETE" when Id(dispatch.Data, "id") is { } channel:
                var channelStopped = await _places.StopChannelAsync(ChannelIds.Qualify(DiscordPlatformValues.Platform, channel), PlaceStopReason.ChannelDeleted, cancellationToken).ConfigureAwait(false);
                LogChannelDeleted(_logger, channel, channelStopped);
                break;
            case "GUILD_DELETE" when Id(dispatch.Data, "id") is { } guild:
                if (IsOutage(dispatch.Data))
                {
                    LogGuildUnavailable(_logger, guild);
                    break;
                }

                var guildStopped = await _places.StopCommunityAsync(ChannelIds.Qualify(DiscordPlatformValues.Platform, guild), PlaceStopReason.BotRemoved, cancellationToken).ConfigureAwait(false);
                LogGuildRemoved(_logger, guild, guildStopped);
                break;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot was removed from Discord server {GuildId}; stopped {Count} schedules there")]
    private static partial void LogGuildRemoved(ILogger logger, string guildId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord server {GuildId} is unavailable (an outage); its schedules keep running")]
    private static partial void LogGuildUnavailable(ILogger logger, string guildId);
}
