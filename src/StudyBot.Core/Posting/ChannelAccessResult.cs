namespace StudyBot.Core.Posting;

/// <summary>What <see cref="IChannelAccess"/> found about a channel.</summary>
public enum ChannelAccessResult
{
    Allowed = 0,

    /// <summary>No such channel, or not one the bot is in.</summary>
    NotFound = 1,

    /// <summary>The bot may not view the channel.</summary>
    CannotView = 2,

    /// <summary>The bot may view the channel but not post in it.</summary>
    CannotPost = 3,

    /// <summary>The bot may post but its posts cannot show embeds (quotes and excerpts are embeds on some platforms).</summary>
    CannotEmbed = 4,
}
