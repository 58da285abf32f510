namespace StudyBot.Core.Commands;

/// <summary>
/// What a front door can do, so that features decide by ability and never by platform name.
/// </summary>
/// <param name="CommandPrefix">The character commands start with there: <c>/</c> (Discord, terminal) or <c>!</c> (Matrix); help and errors use it.</param>
/// <param name="HasPrivateReplies">Whether a reply can be shown to the acting user only (Discord's ephemeral messages, the terminal's one reader).</param>
/// <param name="IsPersonal">Whether one person reads the channel (the terminal): a quiz then moves on after every answer.</param>
/// <param name="ShowsInstantsInReaderZone">Whether the platform shows an instant in each reader's own zone (Discord's <c>&lt;t:...&gt;</c>); others show the community's zone.</param>
public sealed record PlatformCapabilities(char CommandPrefix, bool HasPrivateReplies, bool IsPersonal, bool ShowsInstantsInReaderZone)
{
    /// <summary>A shared channel with typed commands and no private replies: the safe assumption.</summary>
    public static PlatformCapabilities Shared { get; } = new('/', HasPrivateReplies: false, IsPersonal: false, ShowsInstantsInReaderZone: false);
}
