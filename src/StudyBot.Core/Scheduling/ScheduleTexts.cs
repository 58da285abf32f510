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

    public static readonly LocalText BadSchedule = new(
        "Option '{0}' got '{1}'; expected a weekday and a time like 'thursday 19:00', or a Quartz cron expression like '0 0 19 ? * THU' (seconds minutes hours day-of-month month day-of-week).",
        "Optie '{0}' kreeg '{1}'; verwacht een weekdag en een tijd zoals 'thursday 19:00', of een Quartz-cron-expressie zoals '0 0 19 ? * THU' (seconden minuten uren dag-van-de-maand maand dag-van-de-week).");

    public static readonly LocalText BadCron = new(
        "Option '{0}' got the cron expression '{1}', which is not valid: {2}",
        "Optie '{0}' kreeg de cron-expressie '{1}', die niet geldig is: {2}");

    public static readonly LocalText CronNeverFires = new(
        "Option '{0}': the cron expression '{1}' never fires.",
        "Optie '{0}': de cron-expressie '{1}' gaat nooit af.");

    public static readonly LocalText CronTooOften = new(
        "Option '{0}': the cron expression '{1}' fires more often than once an hour ({2:g} apart); at most hourly is allowed.",
        "Optie '{0}': de cron-expressie '{1}' gaat vaker dan eens per uur af ({2:g} ertussen); hooguit elk uur mag.");

    public static readonly LocalText BadTime = new(
        "Option '{0}' has the time '{1}'; expected HH:mm from 00:00 to 23:59.",
        "Optie '{0}' heeft de tijd '{1}'; verwacht UU:mm van 00:00 tot 23:59.");

    public static readonly LocalText BadOffset = new(
        "Option '{0}' got '{1}'; expected amounts like 1d, 2h or 30m, separated by commas.",
        "Optie '{0}' kreeg '{1}'; verwacht waarden zoals 1d, 2h of 30m, gescheiden door komma's.");

    public static readonly LocalText OffsetTooLong = new(
        "Option '{0}' got '{1}'; reminders can be at most 7 days before a meeting.",
        "Optie '{0}' kreeg '{1}'; herinneringen kunnen hooguit 7 dagen voor een bijeenkomst komen.");

    public static readonly LocalText TooManyOffsets = new(
        "Option '{0}' lists {1} reminders; at most {2} are allowed.",
        "Optie '{0}' noemt {1} herinneringen; hooguit {2} mogen.");
}
