using NodaTime;
using NodaTime.TimeZones;
using Quartz;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// A Quartz cron expression read as wall-clock times in an IANA zone of NodaTime's tzdb, the one time-zone
/// database the bot uses (the same that accepts a zone's name in a command and shows times in replies).
/// </summary>
/// <remarks>
/// Quartz evaluates the expression on a UTC calendar standing in for the wall clock; NodaTime turns each wall-clock
/// time into an instant. A time that a daylight-saving change skips moves forward by the gap (02:30 becomes 03:30);
/// a time that it repeats is the first of the two.
/// </remarks>
public sealed class ZonedCron
{
    // Wall-clock order and instant order differ by at most the largest offset change (two hours in tzdb), so a search
    // started this far back on the wall clock sees every occurrence after a given instant.
    private static readonly TimeSpan LargestOffsetChange = TimeSpan.FromHours(3);

    private readonly CronExpression wallClock;
    private readonly DateTimeZone zone;

    public ZonedCron(string cron, string timeZoneId)
    {
        wallClock = new CronExpression(cron, TimeZoneInfo.Utc);
        zone = DateTimeZoneProviders.Tzdb[timeZoneId];
    }

    /// <summary>The first occurrence after <paramref name="after"/>, or null when the expression never fires again.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        var local = Instant.FromDateTimeOffset(after).InZone(zone).LocalDateTime.ToDateTimeUnspecified();
        var cursor = new DateTimeOffset(local - LargestOffsetChange, TimeSpan.Zero);
        while (wallClock.GetNextValidTimeAfter(cursor) is { } next)
        {
            var occurrence = zone.ResolveLocal(LocalDateTime.FromDateTime(next.UtcDateTime), Resolvers.LenientResolver).ToDateTimeOffset();
            if (occurrence > after)
            {
                return occurrence.ToUniversalTime();
            }

            cursor = next;
        }

        return null;
    }
}
