namespace StudyBot.Discord.Rest.Models;

/// <summary>Which mentions in a message may ping. The bot sends <see cref="None"/> unless a role is configured.</summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse, IReadOnlyList<string>? Roles = null)
{
    public static AllowedMentions None { get; } = new([]);
}
