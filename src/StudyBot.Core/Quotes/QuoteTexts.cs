using StudyBot.Core.Localisation;

namespace StudyBot.Core.Quotes;

/// <summary>What /quote and /context say: buttons and refusals.</summary>
internal static class QuoteTexts
{
    public static readonly LocalText Another = new("Another", "Nog een");

    public static readonly LocalText Context = new("Context", "Context");

    public static readonly LocalText NoMatch = new(
        "Nothing in the corpus{0} matches '{1}'. Try another word, or {2}documents to see the texts.",
        "Niets in de teksten{0} past bij '{1}'. Probeer een ander woord, of {2}documents voor de teksten.");

    public static readonly LocalText NotQuotable = new(
        "'{0}' only appears{1} in passages that do not quote well on their own; try {2}search {0}.",
        "'{0}' staat{1} alleen in passages die los geciteerd niet goed lezen; probeer {2}search {0}.");

    public static readonly LocalText BadReference = new(
        "Option 'passage' got '{0}'; expected a quote reference such as workplace-cells#12.",
        "Optie 'passage' kreeg '{0}'; verwacht een citaatverwijzing zoals workplace-cells#12.");

    public static readonly LocalText NoSentence = new(
        "{0} has no sentence {1}; it has sentences 0-{2}.",
        "{0} heeft geen zin {1}; het heeft zinnen 0-{2}.");
}
