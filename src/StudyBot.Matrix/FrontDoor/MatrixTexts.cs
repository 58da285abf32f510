using StudyBot.Core.Localisation;

namespace StudyBot.Matrix.FrontDoor;

/// <summary>What the Matrix front door itself says, in every reply language.</summary>
internal static class MatrixTexts
{
    public static readonly LocalText NotARoom = new(
        "{0}: '{1}' is not a room. Give a room id (!abc:server) or an alias (#name:server).",
        "{0}: '{1}' is geen kamer. Geef een kamer-id (!abc:server) of een alias (#naam:server).");

    public static readonly LocalText UnknownAlias = new(
        "{0}: no room has the alias '{1}' on its server.",
        "{0}: geen kamer heeft de alias '{1}' op zijn server.");

    public static readonly LocalText NotAUser = new(
        "{0}: '{1}' is not a Matrix user. Give a user id like @name:server.",
        "{0}: '{1}' is geen Matrix-gebruiker. Geef een gebruikers-id zoals @naam:server.");

    public static readonly LocalText NotAPowerLevel = new(
        "{0}: on Matrix a moderator role is a power level, a whole number from 0 to 100 (e.g. 50).",
        "{0}: op Matrix is een moderatorrol een machtsniveau, een geheel getal van 0 tot 100 (bijv. 50).");

    public static readonly LocalText NothingMore = new(
        "There is nothing more to show here. !more continues the last list, search or text in this room.",
        "Er is hier niets meer te tonen. !more gaat verder met de laatste lijst, zoekopdracht of tekst in deze kamer.");

    public static readonly LocalText PowerLevel = new("power level {0}", "machtsniveau {0}");

    public static readonly LocalText ReactLegend = new("React: {0}", "Reageer: {0}");
}
