using NodaTime;
using NodaTime.Text;
using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Commands;

/// <summary>
/// A moment a reply shows (a meeting, a next run), kept as a value so each front door words it in its idiom:
/// Discord in each reader's own zone (<c>&lt;t:unix:F&gt;</c>), the others in <paramref name="TimeZoneId"/>.
/// </summary>
/// <param name="Utc">The instant.</param>
/// <param name="TimeZoneId">The IANA zone of the community or schedule, for front doors that show one zone to all.</param>
/// <param name="Style">Date and time, or relative to now.</param>
public sealed record ShownInstant(DateTimeOffset Utc, string TimeZoneId, InstantStyle Style = InstantStyle.DateTime)
{
    /// <summary>Seconds since the Unix epoch, as Discord's timestamp markup takes them.</summary>
    public long UnixSeconds => Utc.ToUnixTimeSeconds();

    /// <summary>
    /// Wall-clock time in <see cref="TimeZoneId"/>, the language's way, with the zone named:
    /// "Thu 26 Mar 2026 19:00 (Europe/Amsterdam)" or "do 26 mrt 2026 19:00 (Europe/Amsterdam)".
    /// </summary>
    public string InZone(Language language)
    {
        var local = Instant.FromDateTimeOffset(Utc).InZone(DateTimeZoneProviders.Tzdb[TimeZoneId]).LocalDateTime;
        return LocalDateTimePattern.Create("ddd d MMM uuuu HH:mm", LocalText.CultureOf(language)).Format(local) + $" ({TimeZoneId})";
    }
}
