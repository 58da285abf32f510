namespace StudyBot.Discord.Rest.Models;

/// <summary>The first answer to an interaction (the callback body).</summary>
public sealed record InteractionResponse(InteractionCallbackType Type, InteractionCallbackData? Data = null)
{
    public static InteractionResponse Pong { get; } = new(InteractionCallbackType.Pong);
}

public enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    ApplicationCommandAutocompleteResult = 8,
    Modal = 9,
}

/// <summary>A message, or autocomplete choices; mentions are suppressed by default.</summary>
public sealed record InteractionCallbackData
{
    /// <summary>Flag 64: only the user who acted sees the message.</summary>
    public const int EphemeralFlag = 64;

    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public int? Flags { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }
}

public sealed record AutocompleteChoice(string Name, string Value);
