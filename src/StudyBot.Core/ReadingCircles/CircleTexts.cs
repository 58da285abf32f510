using StudyBot.Core.Localisation;

namespace StudyBot.Core.ReadingCircles;

/// <summary>What the /circle and /circle-admin commands say.</summary>
internal static class CircleTexts
{
    public static readonly LocalText NoCircle = new(
        "This community has no reading circle. A moderator can start one with {0}circle-admin setup.",
        "Deze gemeenschap heeft geen leeskring. Een moderator start er een met {0}circle-admin setup.");

    public static readonly LocalText EmptyList = new(
        "The reading list '{1}' is empty; add readings with {0}readinglist-admin add first.",
        "De leeslijst '{1}' is leeg; voeg eerst teksten toe met {0}readinglist-admin add.");

    public static readonly LocalText AlreadyRunning = new(
        "This community already has a reading circle on '{1}'; stop it first with {0}circle-admin stop.",
        "Deze gemeenschap heeft al een leeskring op '{1}'; stop die eerst met {0}circle-admin stop.");

    public static readonly LocalText ZoneNeeded = new(
        "Option 'timezone' is needed: this community has no time zone yet. Name one (e.g. Europe/Amsterdam), or set the community's with {0}settings-admin timezone.",
        "Optie 'timezone' is nodig: deze gemeenschap heeft nog geen tijdzone. Noem er een (bijv. Europe/Amsterdam), of stel die van de gemeenschap in met {0}settings-admin timezone.");

    public static readonly LocalText SetUp = new(
        "Reading circle on '{0}' set up in {1}: {2} ({3}), {4}. First meeting: {5}.",
        "Leeskring op '{0}' opgezet in {1}: {2} ({3}), {4}. Eerste bijeenkomst: {5}.");

    public static readonly LocalText NoReminders = new("no reminders", "geen herinneringen");

    public static readonly LocalText Reminders = new("reminders {0} before", "herinneringen {0} van tevoren");

    public static readonly LocalText None = new("none", "geen");

    public static readonly LocalText Reading = new("Reading {0} of {1}", "Tekst {0} van {1}");

    public static readonly LocalText Title = new("Reading circle: {0}", "Leeskring: {0}");

    public static readonly LocalText AlreadyPaused = new(
        "The reading circle is already paused; {0}circle-admin resume continues it.",
        "De leeskring is al gepauzeerd; {0}circle-admin resume zet haar voort.");

    public static readonly LocalText Paused = new(
        "Paused the reading circle on '{1}'. {0}circle-admin resume continues it.",
        "De leeskring op '{1}' is gepauzeerd. {0}circle-admin resume zet haar voort.");

    public static readonly LocalText NotPaused = new("The reading circle is not paused.", "De leeskring is niet gepauzeerd.");

    public static readonly LocalText Resumed = new("Resumed the reading circle on '{0}'. Next run: {1}.", "De leeskring op '{0}' loopt weer. Volgende keer: {1}.");

    public static readonly LocalText Stopped = new("Stopped the reading circle on '{0}'.", "De leeskring op '{0}' is gestopt.");

    public static readonly LocalText SkippedLast = new(
        "Skipped {0}. That was the last reading: the circle stops.",
        "{0} overgeslagen. Dat was de laatste tekst: de kring stopt.");

    public static readonly LocalText Skipped = new("Skipped {0}. Now reading {1}: {2}.", "{0} overgeslagen. Nu tekst {1}: {2}.");

    public static readonly LocalText CirclePaused = new("The circle is paused.", "De kring is gepauzeerd.");

    public static readonly LocalText NextMeeting = new("Next meeting: {0}", "Volgende bijeenkomst: {0}");

    public static readonly LocalText NobodyFinished = new("Nobody has finished this reading yet.", "Nog niemand heeft deze tekst uit.");

    public static readonly LocalText Finished = new("Finished: {0}", "Uitgelezen: {0}");

    public static readonly LocalText NobodyComing = new(
        "No one has said they are coming yet ({0}circle rsvp).",
        "Nog niemand heeft gezegd te komen ({0}circle rsvp).");

    public static readonly LocalText Coming = new("Coming: {0}", "Komen: {0}");

    public static readonly LocalText NotedDone = new("Noted: you finished {0}.", "Genoteerd: je hebt {0} uit.");

    public static readonly LocalText NoNextMeeting = new("The circle has no next meeting.", "De kring heeft geen volgende bijeenkomst.");

    public static readonly LocalText SeeYou = new("See you on {0}.", "Tot {0}.");

    public static readonly LocalText NotComing = new("Noted: you will not come on {0}.", "Genoteerd: je komt niet op {0}.");

    public static readonly LocalText NothingLeft = new(
        "The reading circle has no reading left and stops here.",
        "De leeskring heeft geen tekst meer over en stopt hier.");

    public static readonly LocalText Reminder = new(
        "Reading circle '{0}' meets {1}, in {2}. Reading {3} of {4}: {5}.",
        "Leeskring '{0}' komt bijeen op {1}, over {2}. Tekst {3} van {4}: {5}.");

    public static readonly LocalText AllDone = new(
        "The reading circle has finished '{0}': all {1} readings are done. The circle stops here.",
        "De leeskring heeft '{0}' uitgelezen: alle {1} teksten zijn klaar. De kring stopt hier.");
}
