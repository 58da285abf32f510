using StudyBot.Core.Localisation;

namespace StudyBot.Core.ReadingLists;

/// <summary>What the /readinglist commands say.</summary>
internal static class ReadingListTexts
{
    public static readonly LocalText PositionInEmptyList = new("Option '{0}': the list is empty.", "Optie '{0}': de lijst is leeg.");

    public static readonly LocalText PositionOutOfRange = new(
        "Option '{0}' is {1}; this list has items 1 to {2}.",
        "Optie '{0}' is {1}; deze lijst heeft de nummers 1 tot en met {2}.");

    public static readonly LocalText NameNeedsLetter = new(
        "Option 'list': the name needs at least one letter or digit.",
        "Optie 'list': de naam heeft minstens één letter of cijfer nodig.");

    public static readonly LocalText NameTaken = new(
        "A reading list named '{0}' already exists; choose another name.",
        "Er bestaat al een leeslijst '{0}'; kies een andere naam.");

    public static readonly LocalText Created = new(
        "Created the reading list '{1}'. Add readings with {0}readinglist-admin add.",
        "Leeslijst '{1}' gemaakt. Voeg teksten toe met {0}readinglist-admin add.");

    public static readonly LocalText SectionOutOfRange = new(
        "Option 'section' is {0}; '{1}' has sections 1 to {2}.",
        "Optie 'section' is {0}; '{1}' heeft de delen 1 tot en met {2}.");

    public static readonly LocalText Full = new(
        "'{0}' already has {1} readings, the most a list can hold.",
        "'{0}' heeft al {1} teksten, het meeste dat een lijst kan bevatten.");

    public static readonly LocalText Added = new("Added {0} to '{1}' as reading {2}.", "{0} toegevoegd aan '{1}' als tekst {2}.");

    public static readonly LocalText Removed = new("Removed {0} from '{1}'.", "{0} verwijderd uit '{1}'.");

    public static readonly LocalText Moved = new("Moved {0} to place {1} of '{2}'.", "{0} verplaatst naar plek {1} van '{2}'.");

    public static readonly LocalText Empty = new("'{0}' has no readings yet.", "'{0}' heeft nog geen teksten.");

    public static readonly LocalText NoLists = new("This community has no reading lists yet.", "Deze gemeenschap heeft nog geen leeslijsten.");

    public static readonly LocalText ListsTitle = new("Reading lists", "Leeslijsten");

    public static readonly LocalText ListLine = new("{0} ({1} readings)", "{0} ({1} teksten)");

    public static readonly LocalText InUse = new(
        "'{1}' is used by a reading circle or daily excerpt; stop it first ({0}circle-admin stop, {0}excerpt stop).",
        "'{1}' wordt gebruikt door een leeskring of dagelijks fragment; stop die eerst ({0}circle-admin stop, {0}excerpt stop).");

    public static readonly LocalText Deleted = new("Deleted the reading list '{0}'.", "Leeslijst '{0}' verwijderd.");

    public static readonly LocalText NoSuchListNoneYet = new(
        "There is no reading list '{1}'; this community has none yet. Create one with {0}readinglist-admin create.",
        "Er is geen leeslijst '{1}'; deze gemeenschap heeft er nog geen. Maak er een met {0}readinglist-admin create.");

    public static readonly LocalText NoSuchList = new("There is no reading list '{0}'. Lists: {1}.", "Er is geen leeslijst '{0}'. Lijsten: {1}.");
}
