using StudyBot.Core.Settings;

namespace StudyBot.Core.Commands;

/// <summary>
/// The one place that decides who is a moderator (the platform's own admin right, or the role configured
/// with /settings-admin moderator-role) and which language and time zone replies use (the community's
/// settings, else the member's locale, else English and UTC).
/// </summary>
public sealed class CommandContextBuilder
{
    private readonly CommunitySettingsStore settings;

    public CommandContextBuilder(CommunitySettingsStore settings)
    {
        this.settings = settings;
    }

    public async Task<CommandContext> BuildAsync(CommandActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var chosen = await settings.GetAsync(actor.CommunityId, cancellationToken).ConfigureAwait(false);
        var moderator = actor.IsPlatformAdmin || (chosen.ModeratorRole is { } role && actor.HoldsRole(role));
        return new CommandContext(actor.Platform, actor.CommunityId, actor.ChannelId, actor.UserId, actor.UserName, moderator, actor.Locale)
        {
            Capabilities = actor.Capabilities,
            Values = actor.Values,
            ReplyLanguage = chosen.Language ?? CommandContext.LanguageOfLocale(actor.Locale) ?? Corpus.Language.English,
            TimeZoneId = chosen.TimeZoneId,
        };
    }
}
