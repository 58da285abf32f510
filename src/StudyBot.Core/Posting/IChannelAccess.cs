namespace StudyBot.Core.Posting;

/// <summary>
/// A front door's answer to whether the bot can see and post in a channel, asked before a moderator points a
/// circle or an excerpt at it. Optional: a platform without one is assumed to allow (the outbox still pauses a
/// schedule the platform refuses).
/// </summary>
public interface IChannelAccess
{
    /// <summary>The platform prefix of the channel ids this serves ("discord", "matrix").</summary>
    string Platform { get; }

    /// <summary>Whether the bot can view and post in <paramref name="channelId"/> (platform-qualified).</summary>
    Task<ChannelAccessResult> CheckAsync(string channelId, CancellationToken cancellationToken);
}
