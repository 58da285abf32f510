using StudyBot.Core.Localisation;

namespace StudyBot.Core.Search;

/// <summary>What /search says: its heading, counts and refusals.</summary>
internal static class SearchTexts
{
    public static readonly LocalText Heading = new("Search: {0}{1} ({2})", "Zoeken: {0}{1} ({2})");

    public static readonly LocalText OnePassage = new("1 passage", "1 passage");

    public static readonly LocalText Passages = new("{0:N0} passages", "{0:N0} passages");

    public static readonly LocalText InDocument = new(" in {0}", " in {0}");

    public static readonly LocalText NoMatch = new("No passages match '{0}'{1}.", "Geen passages passen bij '{0}'{1}.");

    public static readonly LocalText NoSuchPage = new(
        "Page {0} does not exist; '{1}'{2} has {3} pages of results.",
        "Pagina {0} bestaat niet; '{1}'{2} heeft {3} pagina's met resultaten.");

    public static readonly LocalText NoPageBeyondOne = new(
        "Page {0} does not exist; '{1}'{2} has 1 page of results.",
        "Pagina {0} bestaat niet; '{1}'{2} heeft 1 pagina met resultaten.");

    public static readonly LocalText NoWords = new("Type one or more words to search for.", "Typ een of meer woorden om naar te zoeken.");

    public static readonly LocalText OnlyCommonWords = new(
        "'{0}' has only common words such as 'the' or 'de'; add a more specific word.",
        "'{0}' bevat alleen veelvoorkomende woorden zoals 'the' of 'de'; voeg een specifieker woord toe.");

    public static readonly LocalText TooManyWords = new(
        "Search for at most {0} words at a time.",
        "Zoek op hoogstens {0} woorden tegelijk.");
}
