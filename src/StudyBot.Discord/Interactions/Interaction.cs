using System.Text.Json;

namespace StudyBot.Discord.Interactions;

/// <summary>An interaction as Discord sends it over the gateway or to the HTTP endpoint; only the fields the bot reads.</summary>
public sealed record Interaction
{
    public required string Id { get; init; }

    public required string ApplicationId { get; init; }

    public required InteractionType Type { get; init; }

    /// <summary>Answers the interaction for 15 minutes: a secret, never logged.</summary>
    public required string Token { get; init; }

    public JsonElement? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public JsonElement? Member { get; init; }

    public JsonElement? User { get; init; }

    public string? Locale { get; init; }

    public string? GuildLocale { get; init; }

    /// <summary>The bot's permissions in the channel, a decimal bitset.</summary>
    public string? AppPermissions { get; init; }

    /// <summary>0 guild, 1 bot DM, 2 private channel.</summary>
    public int? Context { get; init; }

    public override string ToString() => $"Interaction {Id} (type {(int)Type})";
}
