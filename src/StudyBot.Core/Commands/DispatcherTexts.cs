using StudyBot.Core.Localisation;

namespace StudyBot.Core.Commands;

/// <summary>What the dispatcher itself says: unknown commands, refused access, failures.</summary>
internal static class DispatcherTexts
{
    public static readonly LocalText UnknownCommand = new(
        "Unknown command '{0}{1}'. Type {0}help for the list.",
        "Onbekend commando '{0}{1}'. Typ {0}help voor de lijst.");

    public static readonly LocalText ModeratorsOnly = new(
        "{0}{1} is for moderators of this community.",
        "{0}{1} is alleen voor moderators van deze gemeenschap.");

    public static readonly LocalText Failed = new(
        "Sorry, {0}{1} failed. The operator can find the details in the log.",
        "Sorry, {0}{1} is mislukt. De beheerder vindt de details in het logboek.");
}
