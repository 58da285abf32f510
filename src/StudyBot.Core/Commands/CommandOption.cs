using StudyBot.Core.Corpus;

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

    /// <summary>A channel or room of the community, resolved to its id by the front door.</summary>
    Channel,

    /// <summary>A member of the community, resolved to its id by the front door.</summary>
    User,

    /// <summary>A role of the community (Discord) or a power level (Matrix), resolved by the front door.</summary>
    Role,

    /// <summary>A decimal number between <see cref="CommandOption.Min"/> and <see cref="CommandOption.Max"/>.</summary>
    Number,

    /// <summary>Yes or no.</summary>
    Boolean,
}

/// <summary>Where a front door's autocomplete takes suggestions for an option from.</summary>
public enum AutocompleteSource
{
    None,

    /// <summary>The corpus documents.</summary>
    Documents,

    /// <summary>The sections of the document chosen in the command's <c>document</c> option.</summary>
    Sections,

    /// <summary>The community's reading lists.</summary>
    ReadingLists,

    /// <summary>IANA time zones that contain what was typed.</summary>
    TimeZones,
}

/// <summary>Kinds of channel a channel option accepts.</summary>
[Flags]
public enum ChannelKinds
{
    None = 0,

    /// <summary>An ordinary text channel or Matrix room.</summary>
    Text = 1,

    /// <summary>A Discord announcement channel.</summary>
    Announcement = 2,

    /// <summary>A thread.</summary>
    Thread = 4,
}

/// <summary>One allowed value of a choice option: what the user sees and what the command receives.</summary>
/// <param name="Name">The label shown; 1-100 characters.</param>
/// <param name="Value">The value the command reads; 1-100 characters.</param>
public sealed record CommandChoice(string Name, string Value)
{
    /// <summary>Dutch label, when it differs from <see cref="Name"/>.</summary>
    public string? DutchName { get; init; }

    /// <summary>The label a reader of <paramref name="language"/> sees.</summary>
    public string NameIn(Language language) => language == Language.Dutch ? DutchName ?? Name : Name;
}

/// <summary>One option of a command.</summary>
public sealed record CommandOption(string Name, string Description, OptionKind Kind)
{
    public bool Required { get; init; }

    public long? Min { get; init; }

    public long? Max { get; init; }

    /// <summary>Longest accepted text; Discord caps string options at 6000.</summary>
    public int MaxLength { get; init; } = 200;

    public IReadOnlyList<CommandChoice> Choices { get; init; } = [];

    /// <summary>Where suggestions come from while the user types; documents and time zones suggest by default.</summary>
    public AutocompleteSource Autocomplete { get; init; } = Kind switch
    {
        OptionKind.Document => AutocompleteSource.Documents,
        OptionKind.TimeZone => AutocompleteSource.TimeZones,
        _ => AutocompleteSource.None,
    };

    /// <summary>For channel options: which kinds of channel are accepted.</summary>
    public ChannelKinds ChannelKinds { get; init; } = Kind == OptionKind.Channel ? ChannelKinds.Text | ChannelKinds.Announcement : ChannelKinds.None;

    /// <summary>
    /// Whether this (text) option takes the rest of a positional command line, e.g. a search query, so that
    /// <c>/search general strike</c> searches both words. Options declared after it can then only be given
    /// by name on a typed line (<c>/search general strike document:workplace-cells</c>).
    /// </summary>
    public bool TakesRest { get; init; }

    /// <summary>Dutch description; <see cref="Description"/> is the English one.</summary>
    public string? DutchDescription { get; init; }

    /// <summary>
    /// Whether a typed line's quotation marks stay in this (text) option's value, for a value that gives them a
    /// meaning of its own: a search query's quoted phrase (<c>/search "general strike"</c>).
    /// </summary>
    public bool KeepsQuotes { get; init; }

    /// <summary>The description help shows in <paramref name="language"/>; English where no translation is declared.</summary>
    public string DescriptionIn(Language language) => language == Language.Dutch && DutchDescription is { } dutch ? dutch : Description;

    public static CommandOption Text(string name, string description, bool required = false, int maxLength = 200, bool takesRest = false) =>
        new(name, description, OptionKind.Text) { Required = required, MaxLength = maxLength, TakesRest = takesRest };

    public static CommandOption Integer(string name, string description, long min, long max, bool required = false) =>
        new(name, description, OptionKind.Integer) { Required = required, Min = min, Max = max };

    /// <summary>A choice whose labels are its values (<c>short</c>, <c>medium</c>, <c>long</c>).</summary>
    public static CommandOption Choice(string name, string description, IReadOnlyList<string> choices, bool required = false) =>
        new(name, description, OptionKind.Choice) { Required = required, Choices = choices.Select(c => new CommandChoice(c, c)).ToArray() };

    public static CommandOption Choice(string name, string description, IReadOnlyList<CommandChoice> choices, bool required = false) =>
        new(name, description, OptionKind.Choice) { Required = required, Choices = choices };

    public static CommandOption Of(OptionKind kind, string name, string description, bool required = false) =>
        new(name, description, kind) { Required = required };

    /// <summary>The choice a typed word names, by value or by label, ignoring case.</summary>
    public CommandChoice? FindChoice(string text) =>
        Choices.FirstOrDefault(c => string.Equals(c.Value, text, StringComparison.OrdinalIgnoreCase))
            ?? Choices.FirstOrDefault(c => string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.DutchName, text, StringComparison.OrdinalIgnoreCase));
}
