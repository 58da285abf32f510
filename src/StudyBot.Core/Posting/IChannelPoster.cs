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
    Task PostAsync(string channelId, Reply reply, CancellationToken cancellationToken);
}

/// <summary>
/// A post the platform refused. Permanent failures (channel gone, no permission) pause the schedule;
/// others are retried with backoff.
/// </summary>
public sealed class PostFailedException : Exception
{
    public PostFailedException(string message, bool permanent, Exception? innerException = null)
        : base(message, innerException)
    {
        Permanent = permanent;
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
}
