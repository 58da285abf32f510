namespace StudyBot.Discord;

/// <summary>How interactions reach the bot: over the gateway, or posted by Discord to our HTTP endpoint.</summary>
public enum DiscordMode
{
    Gateway,
    Http,
}
