using StudyBot.Core.Localisation;

namespace StudyBot.Core.Posting;

/// <summary>Why a moderator cannot point a schedule at a channel.</summary>
internal static class ChannelAccessTexts
{
    public static readonly LocalText NotFound = new(
        "Option '{0}': the bot cannot find {1}, or is not in it. Invite it there first.",
        "Optie '{0}': de bot kan {1} niet vinden, of zit er niet in. Nodig hem daar eerst uit.");

    public static readonly LocalText CannotView = new(
        "Option '{0}': the bot may not view {1}. Give it the permission to view that channel first.",
        "Optie '{0}': de bot mag {1} niet zien. Geef hem eerst het recht om dat kanaal te zien.");

    public static readonly LocalText CannotPost = new(
        "Option '{0}': the bot may view {1} but not post in it. Give it the permission to send messages there first.",
        "Optie '{0}': de bot mag {1} wel zien maar er niet in posten. Geef hem daar eerst het recht om berichten te sturen.");

    public static readonly LocalText CannotEmbed = new(
        "Option '{0}': the bot may post in {1} but not embed links, so its excerpts and reminders would arrive empty. Give it the permission to embed links there first.",
        "Optie '{0}': de bot mag in {1} posten maar geen links insluiten, dus zijn fragmenten en herinneringen zouden leeg aankomen. Geef hem daar eerst het recht om links in te sluiten.");
}
