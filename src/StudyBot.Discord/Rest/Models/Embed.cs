namespace StudyBot.Discord.Rest.Models;

public sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public int? Color { get; init; }

    public EmbedFooter? Footer { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }
}

public sealed record EmbedFooter(string Text);

public sealed record EmbedField(string Name, string Value, bool? Inline = null);
