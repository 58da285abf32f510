namespace StudyBot.Discord.Rest.Models;

/// <summary>A guild's owner and roles: what computing a member's permissions needs.</summary>
public sealed record DiscordGuild(string Id, string Name, string OwnerId, IReadOnlyList<DiscordRole> Roles);

/// <summary>A role and its permission bitset (a decimal string).</summary>
public sealed record DiscordRole(string Id, string Name, string Permissions);

/// <summary>A guild member: the roles it holds.</summary>
public sealed record DiscordGuildMember(DiscordUser? User, IReadOnlyList<string> Roles);

public sealed record DiscordUser(string Id, string Username, string? GlobalName);
