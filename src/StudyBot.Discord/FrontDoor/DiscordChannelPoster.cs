using System.Security.Cryptography;
using System.Text;
using StudyBot.Core.Commands;
using StudyBot.Core.Posting;
using StudyBot.Core.Scheduling;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// Posts scheduled replies with <c>POST /channels/{id}/messages</c>. Each message carries a nonce made from the
/// occurrence's idempotency key with <c>enforce_nonce</c>, so a retry after a crash shows the post once.
/// </summary>
/// <remarks>
/// A post answered 404 Unknown Channel went to a deleted channel: the channel's schedules stop with that reason,
/// as a CHANNEL_DELETE stops them, because no event says so in HTTP interactions mode nor after a gateway session
/// that could not be resumed. Other refusals (403 Missing Access) pause the schedule, as a moderator can fix them.
/// </remarks>
internal sealed class DiscordChannelPoster : IChannelPoster
{
    /// <summary>Discord's limit on a nonce's length.</summary>
    public const int NonceLength = 25;

    /// <summary>Discord's JSON error code for a channel that does not exist.</summary>
    public const int UnknownChannel = 10003;

    private readonly DiscordRestClient _rest;
    private readonly DiscordReplyRenderer _renderer;
    private readonly PlaceSchedules _places;
    private readonly TimeProvider _time;

    public DiscordChannelPoster(DiscordRestClient rest, DiscordReplyRenderer renderer, PlaceSchedules places, TimeProvider time)
    {
        _rest = rest;
        _renderer = renderer;
        _places = places;
        _time = time;
    }

    public string Platform => DiscordPlatformValues.Platform;

    public async Task<string?> PostAsync(string channelId, Reply reply, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        var channel = channelId.StartsWith(Platform + ":", StringComparison.Ordinal) ? channelId[(Platform.Length + 1)..] : channelId;
        var messages = await _renderer.RenderAsync(reply, cancellationToken).ConfigureAwait(false);
        string? first = null;
        try
        {
            for (var i = 0; i < messages.Count; i++)
            {
                // A channel post is for everyone: a private flag means nothing here.
                var body = messages[i] with { Flags = null, Nonce = Nonce(idempotencyKey, i), EnforceNonce = true };
                var posted = await _rest.CreateMessageAsync(channel, body, cancellationToken).ConfigureAwait(false);
                first ??= posted.Id;
            }
        }
        catch (DiscordApiException refused)
        {
            if (refused.ErrorCode == UnknownChannel)
            {
                await _places.StopChannelAsync(Platform + ":" + channel, PlaceStopReason.ChannelDeleted, cancellationToken).ConfigureAwait(false);
            }

            throw new PostFailedException(
                refused.IsPermanent ? $"Discord refused the post to channel {channel}: the bot cannot see or post there ({(int)refused.Status})." : refused.Message,
                refused.IsPermanent,
                refused,
                refused.RetryAfter);
        }
        catch (DiscordUnavailableException paused)
        {
            var wait = paused.Until - _time.GetUtcNow();
            throw new PostFailedException(paused.Message, false, paused, wait > TimeSpan.Zero ? wait : null);
        }

        return first;
    }

    /// <summary>The same key and part always give the same nonce; 25 hex characters of a SHA-256.</summary>
    public static string Nonce(string idempotencyKey, int part) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{idempotencyKey}#{part}")))[..NonceLength];
}
