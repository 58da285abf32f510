using StudyBot.Core.Localisation;

namespace StudyBot.Core.Settings;

/// <summary>What the /settings commands say.</summary>
internal static class SettingsTexts
{
    public static readonly LocalText RoleSet = new(
        "Moderator role set to {0}, besides those the platform already counts as moderators.",
        "Moderatorrol ingesteld op {0}, naast wie het platform al als moderator telt.");

    public static readonly LocalText ZoneSet = new(
        "Time zone set to {1}. New reading circles and daily excerpts use it when {0}circle-admin setup or {0}excerpt daily names no zone, and status lines show times in it.",
        "Tijdzone ingesteld op {1}. Nieuwe leeskringen en dagelijkse fragmenten gebruiken haar als {0}circle-admin setup of {0}excerpt daily geen zone noemt, en statusregels tonen tijden erin.");

    public static readonly LocalText LanguageSet = new("Reply language set to {0}.", "Antwoordtaal ingesteld op {0}.");

    public static readonly LocalText Title = new("Settings of this community", "Instellingen van deze gemeenschap");

    public static readonly LocalText Role = new("Moderator role: {0}", "Moderatorrol: {0}");

    public static readonly LocalText NoRole = new("Moderator role: not set (only the platform's own moderators)", "Moderatorrol: niet ingesteld (alleen de eigen moderators van het platform)");

    public static readonly LocalText Zone = new("Time zone: {0}", "Tijdzone: {0}");

    public static readonly LocalText NoZone = new(
        "Time zone: not set (times are shown in UTC; new circles and excerpts must name a zone)",
        "Tijdzone: niet ingesteld (tijden worden in UTC getoond; nieuwe kringen en fragmenten moeten een zone noemen)");

    public static readonly LocalText LanguageLine = new("Language: {0}", "Taal: {0}");

    public static readonly LocalText NoLanguage = new(
        "Language: not set (each member's own language, else English)",
        "Taal: niet ingesteld (de eigen taal van elk lid, anders Engels)");

    public static readonly LocalText Footer = new(
        "Moderators change these with {0}settings-admin moderator-role, {0}settings-admin timezone and {0}settings-admin language.",
        "Moderators wijzigen deze met {0}settings-admin moderator-role, {0}settings-admin timezone en {0}settings-admin language.");

    public static readonly LocalText Dutch = new("Dutch (nl)", "Nederlands (nl)");

    public static readonly LocalText English = new("English (en)", "Engels (en)");
}
