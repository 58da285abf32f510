namespace StudyBot.Core.Scheduling;

/// <summary>Platform-qualified channel ids ("discord:123", "terminal:terminal").</summary>
public static class ChannelIds
{
    /// <summary>Qualifies a channel typed as a bare id or name with the platform it was typed on.</summary>
    public static string Qualify(string platform, string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var bare = channel.Trim().TrimStart('#');
        return bare.StartsWith(platform + ":", StringComparison.Ordinal) ? bare : platform + ":" + bare;
    }

    /// <summary>The platform prefix of a qualified id, which picks the poster.</summary>
    public static string PlatformOf(string channelId)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        var colon = channelId.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? channelId[..colon] : channelId;
    }
}
