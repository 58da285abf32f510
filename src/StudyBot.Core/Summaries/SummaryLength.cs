using StudyBot.Core.Commands;

namespace StudyBot.Core.Summaries;

/// <summary>How long a summary is asked to be.</summary>
public enum SummaryLength
{
    Short,
    Medium,
    Long,
}

public static class SummaryLengths
{
    /// <summary>The option values users type.</summary>
    public static IReadOnlyList<string> Names { get; } = ["short", "medium", "long"];

    /// <summary>The option's choices, labelled in English and Dutch; the values stay the English names.</summary>
    public static IReadOnlyList<CommandChoice> Choices { get; } =
    [
        new("short", "short") { DutchName = "kort" },
        new("medium", "medium") { DutchName = "middellang" },
        new("long", "long") { DutchName = "lang" },
    ];

    public static SummaryLength Parse(string? name) => name?.ToLowerInvariant() switch
    {
        null or "short" => SummaryLength.Short,
        "medium" => SummaryLength.Medium,
        "long" => SummaryLength.Long,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Expected short, medium or long."),
    };

    /// <summary>
    /// Sentences in a summary of <paramref name="available"/> candidates: 3, 6 or 10, but never more than
    /// two in five of the text, so a short section is summarised rather than repeated.
    /// </summary>
    public static int SentenceCount(this SummaryLength length, int available)
    {
        var target = length switch
        {
            SummaryLength.Short => 3,
            SummaryLength.Medium => 6,
            _ => 10,
        };
        return Math.Min(target, Math.Max(1, (int)Math.Ceiling(available * 0.4)));
    }
}
