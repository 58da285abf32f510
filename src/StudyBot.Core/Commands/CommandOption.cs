namespace StudyBot.Core.Commands;

/// <summary>The type of an option's value, which decides how it is parsed and validated.</summary>
public enum OptionKind
{
    /// <summary>Free text, limited by <see cref="CommandOption.MaxLength"/>.</summary>
    Text,

    /// <summary>A whole number between <see cref="CommandOption.Min"/> and <see cref="CommandOption.Max"/>.</summary>
    Integer,

    /// <summary>One of <see cref="CommandOption.Choices"/>.</summary>
    Choice,

    /// <summary>A corpus document by slug or title; front doors may autocomplete it.</summary>
    Document,

    /// <summary>A wall-clock time of day, <c>HH:mm</c>.</summary>
    TimeOfDay,

    /// <summary>An IANA time zone id such as <c>Europe/Amsterdam</c>.</summary>
    TimeZone,

    /// <summary>A channel or room of the community.</summary>
    Channel,

    /// <summary>A member of the community.</summary>
    User,

    /// <summary>A role of the community (Discord) or a power level (Matrix).</summary>
    Role,
}

/// <summary>One option of a command.</summary>
public sealed record CommandOption(string Name, string Description, OptionKind Kind)
{
    public bool Required { get; init; }

    public long? Min { get; init; }

    public long? Max { get; init; }

    /// <summary>Longest accepted text; Discord caps string options at 6000.</summary>
    public int MaxLength { get; init; } = 200;

    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>
    /// Whether this (text) option takes the rest of a positional command line, e.g. a search query, so that
    /// <c>/search general strike</c> searches both words. Options declared after it can then only be given
    /// by name on a typed line (<c>/search general strike document:workplace-cells</c>).
    /// </summary>
    public bool TakesRest { get; init; }

    /// <summary>
    /// Whether a typed line's quotation marks stay in this (text) option's value, for a value that gives them a
    /// meaning of its own: a search query's quoted phrase (<c>/search "general strike"</c>).
    /// </summary>
    public bool KeepsQuotes { get; init; }

    public static CommandOption Text(string name, string description, bool required = false, int maxLength = 200, bool takesRest = false) =>
        new(name, description, OptionKind.Text) { Required = required, MaxLength = maxLength, TakesRest = takesRest };

    public static CommandOption Integer(string name, string description, long min, long max, bool required = false) =>
        new(name, description, OptionKind.Integer) { Required = required, Min = min, Max = max };

    public static CommandOption Choice(string name, string description, IReadOnlyList<string> choices, bool required = false) =>
        new(name, description, OptionKind.Choice) { Required = required, Choices = choices };

    public static CommandOption Of(OptionKind kind, string name, string description, bool required = false) =>
        new(name, description, kind) { Required = required };
}
