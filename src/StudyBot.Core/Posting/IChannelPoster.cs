using StudyBot.Core.Commands;

namespace StudyBot.Core.Posting;

/// <summary>
/// Posts a reply into a channel without a command having been typed: scheduled reminders and excerpts.
/// Each front door registers one for its platform.
/// </summary>
public interface IChannelPoster
{
    /// <summary>The platform prefix of the channel ids this poster serves ("terminal", "discord", "matrix").</summary>
    string Platform { get; }

    /// <summary>
    /// Posts <paramref name="reply"/> to <paramref name="channelId"/> (platform-qualified).
    /// Throws <see cref="PostFailedException"/> when the platform refused it.
    /// </summary>
    /// <param name="channelId">The platform-qualified channel, e.g. "discord:123" or "terminal:terminal".</param>
    /// <param name="reply">What to post.</param>
    /// <param name="idempotencyKey">
    /// The occurrence key of the post (at most 100 ASCII characters). The same key arrives again when a post is
    /// retried after a crash between sending and recording; pass it to the platform's deduplication (Discord:
    /// message <c>nonce</c> with <c>enforce_nonce</c>, at most 25 characters, so hash it; Matrix: the transaction
    /// id of <c>PUT /send</c>) so the channel shows the post once.
    /// </param>
    /// <param name="cancellationToken">Stops the attempt; the outbox retries it later.</param>
    /// <returns>The platform's id of the posted message (Discord message id, Matrix event id), or null when it has none; the outbox stores it.</returns>
    Task<string?> PostAsync(string channelId, Reply reply, string idempotencyKey, CancellationToken cancellationToken);
}

/// <summary>
/// A post the platform refused. Permanent failures (channel gone, no permission) pause the schedule;
/// others are retried with backoff, or after <see cref="RetryAfter"/> when the platform said when to come back.
/// </summary>
public sealed class PostFailedException : Exception
{
    public PostFailedException(string message, bool permanent, Exception? innerException = null, TimeSpan? retryAfter = null)
        : base(message, innerException)
    {
        Permanent = permanent;
        RetryAfter = retryAfter;
    }

    public PostFailedException()
    {
    }

    public PostFailedException(string message)
        : base(message)
    {
    }

    public PostFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool Permanent { get; }

    /// <summary>How long the platform asked to wait before trying again (Discord 429 <c>retry_after</c>, Matrix <c>retry_after_ms</c>).</summary>
    public TimeSpan? RetryAfter { get; }
}
