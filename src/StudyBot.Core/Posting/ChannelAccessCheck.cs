using StudyBot.Core.Commands;
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

    /// <summary>Refuses, naming the option and what the bot lacks, when the bot cannot view and post in the channel.</summary>
    public async Task RequireAsync(string channelId, string optionName, string shownAs, CancellationToken cancellationToken)
    {
        var text = await CheckAsync(channelId, cancellationToken).ConfigureAwait(false) switch
        {
            ChannelAccessResult.NotFound => ChannelAccessTexts.NotFound,
            ChannelAccessResult.CannotView => ChannelAccessTexts.CannotView,
            ChannelAccessResult.CannotPost => ChannelAccessTexts.CannotPost,
            ChannelAccessResult.CannotEmbed => ChannelAccessTexts.CannotEmbed,
            _ => null,
        };
        if (text is not null)
        {
            throw new CommandException(text, optionName, shownAs);
        }
    }
}
