using StudyBot.Core.Scheduling;

namespace StudyBot.Core.Posting;

/// <summary>Asks the <see cref="IChannelAccess"/> of a channel's platform; allows when that platform has none.</summary>
public sealed class ChannelAccessCheck
{
    private readonly Dictionary<string, IChannelAccess> platforms;

    public ChannelAccessCheck(IEnumerable<IChannelAccess> platforms)
    {
        this.platforms = platforms.ToDictionary(p => p.Platform, StringComparer.Ordinal);
    }

    public Task<ChannelAccessResult> CheckAsync(string channelId, CancellationToken cancellationToken) =>
        platforms.TryGetValue(ChannelIds.PlatformOf(channelId), out var access)
            ? access.CheckAsync(channelId, cancellationToken)
            : Task.FromResult(ChannelAccessResult.Allowed);
}
