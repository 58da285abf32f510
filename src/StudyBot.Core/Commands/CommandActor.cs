namespace StudyBot.Core.Commands;

/// <summary>
/// What a front door knows about one incoming command before Core decides anything: where, who, the
/// platform's own admin right and the member's roles. <see cref="CommandContextBuilder"/> turns it into a
/// <see cref="CommandContext"/>.
/// </summary>
/// <param name="Platform">The prefix of the platform's qualified ids.</param>
/// <param name="CommunityId">Platform-qualified community id.</param>
/// <param name="ChannelId">Platform-qualified channel id.</param>
/// <param name="UserId">Platform-qualified user id.</param>
/// <param name="UserName">Display name; never rendered as a mention.</param>
/// <param name="IsPlatformAdmin">The platform's own moderator right: Manage Server on Discord, power level at least <c>state_default</c> on Matrix, the local user at the terminal.</param>
/// <param name="HoldsRole">Whether the member holds a role as stored by <c>/settings-admin moderator-role</c> (a Discord role id; on Matrix, a power level the member reaches).</param>
/// <param name="Locale">The member's locale when the platform tells it.</param>
/// <param name="Capabilities">What the front door can do.</param>
/// <param name="Values">How the front door resolves channel, user and role options.</param>
public sealed record CommandActor(
    string Platform,
    string CommunityId,
    string ChannelId,
    string UserId,
    string UserName,
    bool IsPlatformAdmin,
    Func<string, bool> HoldsRole,
    string? Locale,
    PlatformCapabilities Capabilities,
    IPlatformValues Values);
