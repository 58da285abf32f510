namespace StudyBot.Discord.Rest.Models;

/// <summary>
/// What the bot sends as a message: a channel post, an interaction reply or an edit. Mentions are suppressed unless
/// the sender sets <see cref="AllowedMentions"/> on purpose.
/// </summary>
public sealed record MessageBody
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public int? Flags { get; init; }

    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>Up to 25 characters; with <see cref="EnforceNonce"/> Discord returns the first message again for a repeat.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }
}
