using StudyBot.Core.Scheduling;

namespace StudyBot.Core.Tests.Scheduling;

public sealed class ZonedCronTests
{
    private const string Daily0230 = "0 30 2 * * ?";

    [Fact]
    public void NextAfter_TimeSkippedBySpringForward_MovesForwardByTheGap()
    {
        // On 29 March 2026 Amsterdam's clocks go from 02:00 to 03:00: 02:30 does not exist and becomes 03:30 CEST.
        var cron = new ZonedCron(Daily0230, "Europe/Amsterdam");

        var next = cron.NextAfter(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void NextAfter_TimeRepeatedByFallBack_FiresOnceAtTheFirst()
    {
        // On 25 October 2026 Amsterdam's clocks go from 03:00 back to 02:00: 02:30 comes twice, at 00:30 and 01:30 UTC.
        var cron = new ZonedCron(Daily0230, "Europe/Amsterdam");

        var first = cron.NextAfter(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero));
        var second = cron.NextAfter(first!.Value);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 1, 30, 0, TimeSpan.Zero), second);
    }

    [Fact]
    public void NextAfter_ZoneWithoutDaylightSaving_KeepsItsOffset()
    {
        var cron = new ZonedCron("0 0 19 ? * THU", "Asia/Kolkata");

        var next = cron.NextAfter(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 5, 7, 13, 30, 0, TimeSpan.Zero), next);
    }
}
