using StudyBot.Core.Corpus;
using StudyBot.Core.Scheduling;

namespace StudyBot.Core.Tests.Scheduling;

public sealed class ScheduleErrorsTests
{
    [Fact]
    public void Describe_MissedBeyondGrace_ReadsInEachLanguage()
    {
        var stored = ScheduleErrors.Store(
            ScheduleError.MissedBeyondGrace, new DateTimeOffset(2026, 6, 2, 5, 30, 0, TimeSpan.Zero).ToUnixTimeSeconds(), "Europe/Amsterdam", 8 * 3600, 6 * 3600);

        Assert.Equal(
            "Skipped the post due Tue 2 Jun 2026 07:30 (Europe/Amsterdam): it was missed by 8 h, beyond the 6 h grace window.",
            ScheduleErrors.Describe(stored, Language.English));
        Assert.Equal(
            "De post van di 2 jun 2026 07:30 (Europe/Amsterdam) is overgeslagen: die was 8 u te laat, voorbij de marge van 6 u.",
            ScheduleErrors.Describe(stored, Language.Dutch));
    }

    [Fact]
    public void Describe_UnsentAfterFailedAttempt_SaysThePreviousFailureToo()
    {
        var attempt = ScheduleErrors.Store(ScheduleError.AttemptFailed, 3, "Service Unavailable");

        var stored = ScheduleErrors.Store(ScheduleError.UnsentBeyondGrace, 3 * 86400, attempt);

        Assert.Equal(
            "Niet verstuurd: 3 dagen na het tijdstip nog niet verstuurd, voorbij de marge (Poging 3 mislukt: Service Unavailable).",
            ScheduleErrors.Describe(stored, Language.Dutch));
    }

    [Fact]
    public void Describe_SentenceFromAnOlderVersion_IsShownAsItIs()
    {
        Assert.Equal("Attempt 2 failed: timeout", ScheduleErrors.Describe("Attempt 2 failed: timeout", Language.Dutch));
    }

    [Fact]
    public void Store_LongPlatformMessage_FitsTheColumn()
    {
        var stored = ScheduleErrors.Store(ScheduleError.Refused, "discord:42", new string('x', 2000));

        Assert.Equal(500, stored.Length);
        Assert.StartsWith("Het platform weigerde een post in discord:42: xxx", ScheduleErrors.Describe(stored, Language.Dutch), StringComparison.Ordinal);
    }
}
