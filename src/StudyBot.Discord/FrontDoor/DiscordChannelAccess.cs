using System.Net;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Posting;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// Whether the bot can view, post and show embeds in a channel, asked when a moderator points a circle or an excerpt
/// at it: the channel's overwrites, the guild's roles and the bot's own roles, read over REST and combined by
/// <see cref="DiscordPermissions"/>.
/// </summary>
/// <remarks>
/// When Discord cannot be asked (an outage, a rate-limit pause) the check allows: the set-up is not blocked on a
/// guess, and the outbox still pauses the schedule with a reason if Discord refuses the first post.
/// </remarks>
internal sealed partial class DiscordChannelAccess : IChannelAccess
{
    private readonly DiscordRestClient _rest;
    private readonly ILogger<DiscordChannelAccess> _logger;
    private string? _botUserId;

    public DiscordChannelAccess(DiscordRestClient rest, ILogger<DiscordChannelAccess> logger)
    {
        _rest = rest;
        _logger = logger;
    }

    public string Platform => DiscordPlatformValues.Platform;

    public async Task<ChannelAccessResult> CheckAsync(string channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        var bare = channelId.StartsWith(Platform + ":", StringComparison.Ordinal) ? channelId[(Platform.Length + 1)..] : channelId;
        try
        {
            var channel = await _rest.GetChannelAsync(bare, cancellationToken).ConfigureAwait(false);
            if (channel.GuildId is not { } guildId)
            {
                // A direct message: the bot is one of its two parties and may always write there.
                return ChannelAccessResult.Allowed;
            }

            var botUserId = _botUserId ??= (await _rest.GetCurrentUserAsync(cancellationToken).ConfigureAwait(false)).Id;
            var roles = await _rest.GetGuildRolesAsync(guildId, cancellationToken).ConfigureAwait(false);
            var member = await _rest.GetGuildMemberAsync(guildId, botUserId, cancellationToken).ConfigureAwait(false);
            var permissions = DiscordPermissions.InChannel(guildId, roles, botUserId, member.Roles.ToHashSet(StringComparer.Ordinal), channel.PermissionOverwrites ?? []);
            var result = !DiscordPermissions.Has(permissions, DiscordPermissions.ViewChannel) ? ChannelAccessResult.CannotView
                : !DiscordPermissions.Has(permissions, DiscordPermissions.SendMessages) ? ChannelAccessResult.CannotPost
                : !DiscordPermissions.Has(permissions, DiscordPermissions.EmbedLinks) ? ChannelAccessResult.CannotEmbed
                : ChannelAccessResult.Allowed;
            LogChecked(_logger, bare, result);
            return result;
        }
        catch (DiscordApiException refused) when (refused.Status == HttpStatusCode.NotFound)
        {
            // Unknown channel, or the bot is not a member of the channel's server.
            return ChannelAccessResult.NotFound;
        }
        catch (DiscordApiException refused) when (refused.Status == HttpStatusCode.Forbidden)
        {
            // Discord answers Missing Access when the bot may not view the channel at all.
            return ChannelAccessResult.CannotView;
        }
        catch (Exception failure) when (failure is DiscordApiException or DiscordUnavailableException or HttpRequestException)
        {
            LogNotChecked(_logger, bare, failure.Message);
            return ChannelAccessResult.Allowed;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Checked the bot's access to Discord channel {ChannelId}: {Result}")]
    private static partial void LogChecked(ILogger logger, string channelId, ChannelAccessResult result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the bot's access to Discord channel {ChannelId}, allowing the set-up: {Error}")]
    private static partial void LogNotChecked(ILogger logger, string channelId, string error);
}
