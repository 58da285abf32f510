using StudyBot.Core.Localisation;

namespace StudyBot.Core.Summaries;

/// <summary>What /summary says: its heading and refusal.</summary>
internal static class SummaryTexts
{
    public static readonly LocalText Heading = new("Summary: {0}", "Samenvatting: {0}");

    public static readonly LocalText NoProse = new("{0} has no prose to summarise.", "{0} heeft geen lopende tekst om samen te vatten.");
}
