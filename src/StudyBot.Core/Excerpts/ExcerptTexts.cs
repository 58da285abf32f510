using StudyBot.Core.Localisation;

namespace StudyBot.Core.Excerpts;

/// <summary>What the /excerpt commands say.</summary>
internal static class ExcerptTexts
{
    public static readonly LocalText NoneInCommunity = new(
        "This community has no daily excerpt. A moderator can start one with {0}excerpt daily.",
        "Deze gemeenschap heeft geen dagelijks fragment. Een moderator start er een met {0}excerpt daily.");

    public static readonly LocalText NoneInChannel = new(
        "No daily excerpt runs in {0}. Daily excerpts run in: {1}.",
        "In {0} loopt geen dagelijks fragment. Dagelijkse fragmenten lopen in: {1}.");

    public static readonly LocalText AlreadyRunning = new(
        "A daily excerpt already runs in {1}; stop it first with {0}excerpt stop.",
        "In {1} loopt al een dagelijks fragment; stop het eerst met {0}excerpt stop.");

    public static readonly LocalText NoPassages = new(
        "{0} has no passages that can be posted as excerpts.",
        "{0} heeft geen passages die als fragment gepost kunnen worden.");

    public static readonly LocalText UnknownSource = new(
        "Option 'source': '{0}' is neither a reading list of this community nor a document. Documents: {1}.",
        "Optie 'source': '{0}' is geen leeslijst van deze gemeenschap en geen document. Documenten: {1}.");

    public static readonly LocalText ZoneNeeded = new(
        "Option 'timezone' is needed: this community has no time zone yet. Name one (e.g. Europe/Amsterdam), or set the community's with {0}settings-admin timezone.",
        "Optie 'timezone' is nodig: deze gemeenschap heeft nog geen tijdzone. Noem er een (bijv. Europe/Amsterdam), of stel die van de gemeenschap in met {0}settings-admin timezone.");

    public static readonly LocalText Started = new(
        "A daily excerpt from {0} will appear in {1} {2} ({3}). First: {4}.",
        "Een dagelijks fragment uit {0} verschijnt in {1} {2} ({3}). Eerste: {4}.");

    public static readonly LocalText StatusTitle = new("Daily excerpt from {0}", "Dagelijks fragment uit {0}");

    public static readonly LocalText Stopped = new("Stopped the daily excerpt in {0}.", "Het dagelijkse fragment in {0} is gestopt.");

    public static readonly LocalText OnItsWay = new("An excerpt is on its way to {0}.", "Er is een fragment onderweg naar {0}.");

    public static readonly LocalText WholeCorpus = new("the whole corpus", "het hele corpus");

    public static readonly LocalText ReadingList = new("the reading list '{0}'", "de leeslijst '{0}'");

    public static readonly LocalText Heading = new("Excerpt of the day", "Fragment van de dag");

    public static readonly LocalText ListMissing = new("The daily excerpt's reading list is missing.", "De leeslijst van het dagelijkse fragment ontbreekt.");
}
