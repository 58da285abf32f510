using StudyBot.Core.Localisation;

namespace StudyBot.Core.Scheduling;

/// <summary>What schedules say about themselves in status lines and set-up replies.</summary>
internal static class ScheduleTexts
{
    public static readonly LocalText Daily = new("every day at {0}", "elke dag om {0}");

    public static readonly LocalText Weekly = new("every {0} at {1}", "elke {0} om {1}");

    public static readonly LocalText Cron = new("cron {0}", "cron {0}");

    public static readonly LocalText Active = new("State: active", "Status: actief");

    public static readonly LocalText PausedByBot = new("State: paused by the bot: {0}", "Status: gepauzeerd door de bot: {0}");

    public static readonly LocalText Paused = new("State: paused", "Status: gepauzeerd");

    public static readonly LocalText StoppedByBot = new("State: stopped by the bot: {0}", "Status: gestopt door de bot: {0}");

    public static readonly LocalText Stopped = new("State: stopped", "Status: gestopt");

    public static readonly LocalText Schedule = new("Schedule: {0} ({1}), posting in {2}", "Schema: {0} ({1}), post in {2}");

    public static readonly LocalText NextRun = new("Next run: {0}", "Volgende keer: {0}");

    public static readonly LocalText NoNextRun = new("Next run: none", "Volgende keer: geen");

    public static readonly LocalText LastSent = new("Last sent: {0}", "Laatst verstuurd: {0}");

    public static readonly LocalText NothingSent = new("Last sent: nothing yet", "Laatst verstuurd: nog niets");

    public static readonly LocalText LastError = new("Last error: {0}", "Laatste fout: {0}");

    public static readonly LocalText NoError = new("Last error: none", "Laatste fout: geen");

    public static readonly LocalText ChannelDeleted = new("the channel was deleted", "het kanaal is verwijderd");

    public static readonly LocalText BotRemoved = new("the bot was removed from this place", "de bot is hier verwijderd");

    public static readonly LocalText BotBanned = new("the bot was banned from this place", "de bot is hier verbannen");

    public static readonly LocalText BotLeft = new("the bot left this place", "de bot is hier vertrokken");

    public static readonly LocalText Seconds = new("{0:0} s", "{0:0} s");

    public static readonly LocalText Minutes = new("{0:0} min", "{0:0} min");

    public static readonly LocalText Hours = new("{0:0.#} h", "{0:0.#} u");

    public static readonly LocalText Days = new("{0:0.#} days", "{0:0.#} dagen");

    public static readonly LocalText NoEligiblePassage = new(
        "No eligible passage in {0}; nothing was posted.",
        "Geen geschikte passage in {0}; er is niets gepost.");

    public static readonly LocalText MissedBeyondGrace = new(
        "Skipped the post due {0}: it was missed by {1}, beyond the {2} grace window.",
        "De post van {0} is overgeslagen: die was {1} te laat, voorbij de marge van {2}.");

    public static readonly LocalText UnsentBeyondGrace = new(
        "Not sent: still unsent {0} after its time, beyond the grace window ({1}).",
        "Niet verstuurd: {0} na het tijdstip nog niet verstuurd, voorbij de marge ({1}).");

    public static readonly LocalText NoErrorRecorded = new("no error recorded", "geen fout vastgelegd");

    public static readonly LocalText AttemptFailed = new("Attempt {0} failed: {1}", "Poging {0} mislukt: {1}");

    public static readonly LocalText Refused = new("The platform refused a post to {0}: {1}", "Het platform weigerde een post in {0}: {1}");

    public static readonly LocalText DroppedPaused = new("Not sent: the schedule was paused.", "Niet verstuurd: het schema is gepauzeerd.");

    public static readonly LocalText DroppedStopped = new("Not sent: the schedule was stopped.", "Niet verstuurd: het schema is gestopt.");
}
