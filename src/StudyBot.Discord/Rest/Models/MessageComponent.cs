namespace StudyBot.Discord.Rest.Models;

/// <summary>An action row (type 1) holding buttons (type 2); the two kinds the bot sends.</summary>
public sealed record MessageComponent
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;

    public int Type { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public bool? Disabled { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public static MessageComponent Row(IReadOnlyList<MessageComponent> buttons) => new() { Type = ActionRowType, Components = buttons };

    public static MessageComponent Button(string label, string customId, int style = 2) =>
        new() { Type = ButtonType, Style = style, Label = label, CustomId = customId };
}
