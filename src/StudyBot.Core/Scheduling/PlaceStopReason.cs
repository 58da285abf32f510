namespace StudyBot.Core.Scheduling;

/// <summary>Why a front door stopped the schedules of a channel or a community; the status commands show it.</summary>
public enum PlaceStopReason
{
    /// <summary>The channel or room was deleted.</summary>
    ChannelDeleted = 1,

    /// <summary>The bot was removed: kicked from a room, or the server removed it (Discord's GUILD_DELETE that is not an outage).</summary>
    BotRemoved = 2,

    /// <summary>The bot was banned from the room or server.</summary>
    BotBanned = 3,

    /// <summary>The bot left the room or server itself.</summary>
    BotLeft = 4,
}
