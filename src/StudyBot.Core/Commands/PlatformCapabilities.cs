namespace StudyBot.Core.Commands;

/// <summary>
/// What a front door can do, so that features decide by ability and never by platform name.
/// </summary>
/// <param name="CommandPrefix">The character commands start with there: <c>/</c> (Discord, terminal) or <c>!</c> (Matrix); help and errors use it.</param>
/// <param name="HasPrivateReplies">Whether a reply can be shown to the acting user only (Discord's ephemeral messages, the terminal's one reader).</param>
/// <param name="IsPersonal">Whether one person reads the channel (the terminal): a quiz then moves on after every answer.</param>
/// <remarks>
/// How a platform shows instants is not here: replies carry them as values (<see cref="ShownInstant"/>) and each
/// front door's renderer words them, so no feature needs to know.
/// </remarks>
public sealed record PlatformCapabilities(char CommandPrefix, bool HasPrivateReplies, bool IsPersonal)
{
    /// <summary>A shared channel with typed commands and no private replies: the safe assumption.</summary>
    public static PlatformCapabilities Shared { get; } = new('/', HasPrivateReplies: false, IsPersonal: false);
}
