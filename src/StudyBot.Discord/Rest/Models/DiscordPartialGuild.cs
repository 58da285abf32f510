namespace StudyBot.Discord.Rest.Models;

/// <summary>A server the bot is in, as <c>GET /users/@me/guilds</c> lists it.</summary>
public sealed record DiscordPartialGuild(string Id, string Name);
