using StudyBot.Core.Localisation;

namespace StudyBot.Core.Documents;

/// <summary>What /documents and /read say: headings, list lines, buttons and refusals.</summary>
internal static class DocumentTexts
{
    public static readonly LocalText Heading = new("Documents ({0})", "Documenten ({0})");

    public static readonly LocalText EnglishLanguage = new("English", "Engels");

    public static readonly LocalText DutchLanguage = new("Dutch", "Nederlands");

    public static readonly LocalText By = new(" by {0}", " door {0}");

    public static readonly LocalText OneSection = new("1 section", "1 deel");

    public static readonly LocalText Sections = new("{0} sections", "{0} delen");

    public static readonly LocalText Contents = new("{0}: contents", "{0}: inhoud");

    public static readonly LocalText ContentsLine = new("{0}. {1} ({2:N0} words)", "{0}. {1} ({2:N0} woorden)");

    public static readonly LocalText StartReading = new("Start reading", "Begin met lezen");

    public static readonly LocalText NextSection = new("Next section", "Volgend deel");

    public static readonly LocalText PageNeedsSection = new(
        "Option 'page' needs a section: {0}read document section page.",
        "Optie 'page' heeft een deel nodig: {0}read document deel pagina.");

    public static readonly LocalText NoSuchPage = new(
        "Page {0} does not exist; section {1} of {2} has {3} pages.",
        "Pagina {0} bestaat niet; deel {1} van {2} heeft {3} pagina's.");

    public static readonly LocalText NoPageBeyondOne = new(
        "Page {0} does not exist; section {1} of {2} has 1 page.",
        "Pagina {0} bestaat niet; deel {1} van {2} heeft 1 pagina.");

    public static readonly LocalText NoSuchSection = new(
        "Section {0} does not exist; {1} has sections 1-{2}.",
        "Deel {0} bestaat niet; {1} heeft delen 1-{2}.");

    public static readonly LocalText OnlySectionOne = new(
        "Section {0} does not exist; {1} has only section 1.",
        "Deel {0} bestaat niet; {1} heeft alleen deel 1.");

    public static readonly LocalText NoSectionCalled = new(
        "No section of {0} is called '{1}'. Sections: {2}.",
        "Geen deel van {0} heet '{1}'. Delen: {2}.");

    public static readonly LocalText SeveralSectionsCalled = new(
        "More than one section of {0} is called '{1}'. Sections: {2}.",
        "Meer dan één deel van {0} heet '{1}'. Delen: {2}.");

    public static readonly LocalText UnknownDocument = new(
        "Unknown document '{0}'. Known documents: {1}.",
        "Onbekend document '{0}'. Bekende documenten: {1}.");
}
