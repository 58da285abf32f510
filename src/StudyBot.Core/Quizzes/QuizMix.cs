using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quizzes;

/// <summary>Which kinds of question a quiz asks: one kind, or all in turn.</summary>
public enum QuizMix
{
    Cloze,
    Choice,
    Source,
    Mixed,
}

public static class QuizMixes
{
    /// <summary>The option values users type.</summary>
    public static IReadOnlyList<string> Names { get; } = ["cloze", "choice", "source", "mixed"];

    /// <summary>The option's choices, labelled in English and Dutch; the values stay the English names.</summary>
    public static IReadOnlyList<CommandChoice> Choices { get; } =
    [
        new("cloze", "cloze") { DutchName = "invullen" },
        new("choice", "choice") { DutchName = "meerkeuze" },
        new("source", "source") { DutchName = "bron" },
        new("mixed", "mixed") { DutchName = "gemengd" },
    ];

    /// <summary>The kind as the option's choice labels it in <paramref name="language"/>: "meerkeuze" for "choice" in Dutch.</summary>
    public static string Label(string kind, Language language) =>
        Choices.FirstOrDefault(c => string.Equals(c.Value, kind, StringComparison.OrdinalIgnoreCase))?.NameIn(language) ?? kind;

    public static QuizMix Parse(string? name) => name?.ToLowerInvariant() switch
    {
        null or "mixed" => QuizMix.Mixed,
        "cloze" => QuizMix.Cloze,
        "choice" => QuizMix.Choice,
        "source" => QuizMix.Source,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Expected cloze, choice, source or mixed."),
    };
}
