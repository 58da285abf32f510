using StudyBot.Core.Localisation;

namespace StudyBot.Core.Commands;

/// <summary>What the parser and binder say about a typed line: unknown commands and options, missing or extra values.</summary>
internal static class CommandLineTexts
{
    public static readonly LocalText Empty = new(
        "Type a command, e.g. {0}quote. Type {0}help for the list.",
        "Typ een commando, bijvoorbeeld {0}quote. Typ {0}help voor de lijst.");

    public static readonly LocalText NoSuchOption = new(
        "{0}{1} has no option '{2}'. Options: {3}.",
        "{0}{1} heeft geen optie '{2}'. Opties: {3}.");

    public static readonly LocalText NoOptions = new(
        "{0}{1} takes no options, so not '{2}'.",
        "{0}{1} heeft geen opties, dus ook geen '{2}'.");

    public static readonly LocalText TooManyValues = new(
        "Too many values for {0}{1}: '{2}'. Usage: {3}",
        "Te veel waarden voor {0}{1}: '{2}'. Gebruik: {3}");

    public static readonly LocalText NeedsSubcommand = new(
        "{0}{1} needs a subcommand: {2}.",
        "{0}{1} heeft een subcommando nodig: {2}.");

    public static readonly LocalText UnclosedQuote = new(
        "A quotation mark is not closed.",
        "Een aanhalingsteken is niet gesloten.");

    public static readonly LocalText Required = new(
        "Option '{0}' is required ({1}). Usage: {2}",
        "Optie '{0}' is verplicht ({1}). Gebruik: {2}");

    public static readonly LocalText RequiredPlain = new(
        "Option '{0}' is required.",
        "Optie '{0}' is verplicht.");

    public static readonly LocalText GotNotAChoice = new(
        "Option '{0}' got '{1}'; expected one of {2}.",
        "Optie '{0}' kreeg '{1}'; verwacht een van {2}.");

    public static readonly LocalText GotNotAZone = new(
        "Option '{0}' got '{1}'; expected an IANA time zone such as Europe/Amsterdam or America/New_York.",
        "Optie '{0}' kreeg '{1}'; verwacht een IANA-tijdzone zoals Europe/Amsterdam of America/New_York.");

    public static readonly LocalText GotNotAWholeNumber = new(
        "Option '{0}' got '{1}'; expected a whole number from {2} to {3}.",
        "Optie '{0}' kreeg '{1}'; verwacht een geheel getal van {2} tot en met {3}.");

    public static readonly LocalText GotNotANumber = new(
        "Option '{0}' got '{1}'; expected a number from {2} to {3}.",
        "Optie '{0}' kreeg '{1}'; verwacht een getal van {2} tot en met {3}.");

    public static readonly LocalText GotNotYesOrNo = new(
        "Option '{0}' got '{1}'; expected yes or no.",
        "Optie '{0}' kreeg '{1}'; verwacht ja of nee.");

    public static readonly LocalText GotNotATime = new(
        "Option '{0}' got '{1}'; expected a time of day as HH:mm, from 00:00 to 23:59.",
        "Optie '{0}' kreeg '{1}'; verwacht een tijd als UU:mm, van 00:00 tot 23:59.");

    public static readonly LocalText TooLong = new(
        "Option '{0}' is too long: {1} characters, at most {2}.",
        "Optie '{0}' is te lang: {1} tekens, hoogstens {2}.");

    public static readonly LocalText InvisibleName = new(
        "Option '{0}' needs a name with visible letters or digits, on one line.",
        "Optie '{0}' heeft een naam nodig met zichtbare letters of cijfers, op één regel.");
}
