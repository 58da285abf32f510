using StudyBot.Core.Corpus;
using StudyBot.Core.Scheduling;

namespace StudyBot.Core.Tests.Scheduling;

public sealed class ScheduleStatusTests
{
    [Theory]
    [InlineData("0 30 7 * * ?", "en", "every day at 07:30")]
    [InlineData("0 30 7 * * ?", "nl", "elke dag om 07:30")]
    [InlineData("0 0 19 ? * THU", "en", "every Thursday at 19:00")]
    [InlineData("0 0 19 ? * THU", "nl", "elke donderdag om 19:00")]
    [InlineData("0 0 9 1 * ?", "nl", "cron 0 0 9 1 * ?")]
    public void Describe_StoredCron_ReadsInTheReplyLanguage(string cron, string language, string expected)
    {
        Assert.Equal(expected, ScheduleStatus.Describe(cron, Language.FromCode(language)!));
    }

    [Fact]
    public void Lines_StoppedByAFrontDoor_SaysWhyInDutch()
    {
        var schedule = new ScheduleEntity
        {
            Cron = "0 30 7 * * ?",
            Description = "every day at 07:30",
            TimeZoneId = "Europe/Amsterdam",
            ChannelId = "discord:42",
            State = ScheduleState.Stopped,
            PauseReason = PlaceStopReasons.Store(PlaceStopReason.ChannelDeleted),
            LastSentUtc = new DateTimeOffset(2026, 3, 26, 18, 0, 0, TimeSpan.Zero),
        };

        var lines = ScheduleStatus.Lines(schedule, Language.Dutch).Select(l => l.PlainText).ToArray();

        Assert.Equal(
            [
                "Status: gestopt door de bot: het kanaal is verwijderd",
                "Schema: elke dag om 07:30 (Europe/Amsterdam), post in discord:42",
                "Volgende keer: geen",
                "Laatst verstuurd: do 26 mrt 2026 19:00 (Europe/Amsterdam)",
                "Laatste fout: geen",
            ],
            lines);
    }

    [Fact]
    public void Lines_PausedByAPlatformRefusal_ShowsTheRefusalAsItCame()
    {
        var schedule = new ScheduleEntity
        {
            Cron = "0 0 19 ? * THU",
            TimeZoneId = "UTC",
            ChannelId = "discord:42",
            State = ScheduleState.Paused,
            PauseReason = "The platform refused a post to discord:42: Missing Access",
        };

        Assert.Equal("State: paused by the bot: The platform refused a post to discord:42: Missing Access", ScheduleStatus.Lines(schedule, Language.English).First().PlainText);
    }
}
