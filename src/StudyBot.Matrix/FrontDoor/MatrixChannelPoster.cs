using System.Net;
using StudyBot.Core.Commands;
using StudyBot.Core.Posting;
using StudyBot.Matrix.Http;
using StudyBot.Matrix.Sending;

namespace StudyBot.Matrix.FrontDoor;

/// <summary>
/// Posts scheduled replies (reminders, daily excerpts) to a room through the per-room send queue, so posts to one
/// room go one after the other, paced (<see cref="MatrixOptions.ScheduledPostInterval"/>). The occurrence key becomes the transaction id key: a post retried after a crash
/// shows once.
/// </summary>
internal sealed class MatrixChannelPoster(MatrixSender sender) : IChannelPoster
{
    private const int Attempts = 5;

    public string Platform => MatrixCommandHandler.Platform;

    public async Task<string?> PostAsync(string channelId, Reply reply, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        var prefix = Platform + ":";
        if (!channelId.StartsWith(prefix, StringComparison.Ordinal) || channelId.Length == prefix.Length)
        {
            throw new PostFailedException($"'{channelId}' is not a Matrix room.", permanent: true);
        }

        try
        {
            // A long post travels as several events; the first one is the post's message id in the outbox.
            var sent = await sender.QueueNoticeAsync(
                    channelId[prefix.Length..], MatrixReplyRenderer.Render(reply), null, "post:" + idempotencyKey, cancellationToken, Attempts, scheduled: true)
                .ConfigureAwait(false);
            var eventIds = await sent.WaitAsync(cancellationToken).ConfigureAwait(false);
            return eventIds.Count > 0 ? eventIds[0] : null;
        }
        catch (MatrixApiException exception)
        {
            // A locked, suspended or over-limit account may work again later: the outbox tries again then.
            var permanent = !exception.AccountRestricted && (exception.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound || exception.AccountUnusable);
            throw new PostFailedException(exception.Message, permanent, exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or Polly.Timeout.TimeoutRejectedException)
        {
            throw new PostFailedException(exception.Message, permanent: false, exception);
        }
    }
}
