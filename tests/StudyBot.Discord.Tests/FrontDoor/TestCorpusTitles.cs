namespace StudyBot.Discord.Tests.FrontDoor;

/// <summary>The documents of the test corpus the bot reads (StudyBot.Core.Tests' TestCorpus), as attributions begin.</summary>
internal static class TestCorpusTitles
{
    public static readonly string[] All =
    [
        "Auto workers revolt against the Türk Metal bureaucracy",
        "Workers' Opposition",
        "The backbone of Leninist organization: workplace cells",
        "“Solidarity” Workers Movement of Kazakhstan",
        "Manifest over de Oktober revolutie, Rusland 1917",
    ];
}
