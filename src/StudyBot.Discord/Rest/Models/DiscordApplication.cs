namespace StudyBot.Discord.Rest.Models;

/// <summary>The bot's own application (<c>GET /applications/@me</c>); only what the bot reads.</summary>
public sealed record DiscordApplication(string Id, string Name, string? VerifyKey);
