namespace StudyBot.Discord.Rest.Models;

/// <summary>A channel as far as the bot checks it before posting there.</summary>
public sealed record DiscordChannel(string Id, int Type, string? GuildId, string? Name, IReadOnlyList<PermissionOverwrite>? PermissionOverwrites);

/// <summary>A role or member overwrite; <see cref="Type"/> 0 is a role, 1 a member; bitsets are decimal strings.</summary>
public sealed record PermissionOverwrite(string Id, int Type, string Allow, string Deny);
