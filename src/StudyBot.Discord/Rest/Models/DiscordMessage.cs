namespace StudyBot.Discord.Rest.Models;

/// <summary>A message Discord created; the id is stored so a resend after a crash can be recognised.</summary>
public sealed record DiscordMessage(string Id, string ChannelId);
