using StudyBot.Core.Corpus;

namespace StudyBot.Core.Commands;

/// <summary>Who may run a command.</summary>
public enum CommandAccess
{
    Member,
    Moderator,
}

/// <summary>
/// A command as declared once for every front door: Discord registration, Matrix and terminal parsing
/// and help are all generated from it.
/// </summary>
/// <param name="Name">One word, or a group and a subcommand ("readinglist show").</param>
/// <param name="Description">One line shown in help and in Discord's command picker, in English.</param>
/// <param name="Access">Whether members or only moderators may run it.</param>
/// <param name="Options">Options in positional order.</param>
public sealed record CommandDeclaration(
    string Name,
    string Description,
    CommandAccess Access,
    IReadOnlyList<CommandOption> Options)
{
    public CommandDeclaration(string name, string description, params CommandOption[] options)
        : this(name, description, CommandAccess.Member, options)
    {
    }

    /// <summary>
    /// Whether typing the group word alone on a command line runs this subcommand (<c>/quiz</c> runs
    /// <c>/quiz start</c>); a short alias for typed front doors, never registered as a command of its own.
    /// </summary>
    public bool IsGroupDefault { get; init; }

    /// <summary>Dutch description; <see cref="Description"/> is the English one.</summary>
    public string? DutchDescription { get; init; }

    /// <summary>The description help shows in <paramref name="language"/>; English where no translation is declared.</summary>
    public string DescriptionIn(Language language) => language == Language.Dutch && DutchDescription is { } dutch ? dutch : Description;

    /// <summary>Whether the command also works in direct messages; community commands do not.</summary>
    public bool AllowsDirectMessages { get; init; }

    /// <summary>Commands only buttons run (<c>/answer</c>, <c>/context</c>): never registered as slash commands or listed in help.</summary>
    public bool IsInternal { get; init; }

    /// <summary>Who sees the reply, known before the command runs, so a front door can defer with the right flag.</summary>
    public ReplyVisibility Visibility { get; init; } = ReplyVisibility.Public;

    /// <summary>The first word of <see cref="Name"/>: the command group.</summary>
    public string Group => Name.Split(' ')[0];

    /// <summary>The usage line with <c>/</c>, e.g. <c>/quote [topic] [document:…]</c>.</summary>
    public string Usage => UsageWith('/');

    /// <summary>
    /// Options that bind by position on a typed line: the required ones and the first optional one. The
    /// rest are given by name (<c>length:short</c>), as <see cref="UsageWith"/> shows them.
    /// </summary>
    public IReadOnlyList<CommandOption> PositionalOptions
    {
        get
        {
            var firstOptional = Options.FirstOrDefault(o => !o.Required);
            return Options.Where(o => o.Required || ReferenceEquals(o, firstOptional)).ToArray();
        }
    }

    /// <summary>The usage line as a front door with this prefix shows it, e.g. <c>!summary &lt;document&gt; [section] [length:short|medium|long]</c>.</summary>
    public string UsageWith(char prefix)
    {
        var positional = PositionalOptions;
        return prefix + Name + string.Concat(Options.Select(o =>
            positional.Contains(o) ? (o.Required ? $" <{o.Name}>" : $" [{o.Name}]")
            : $" [{o.Name}:{(o.Choices.Count > 0 ? string.Join('|', o.Choices.Select(c => c.Value)) : "…")}]"));
    }

    public CommandOption? FindOption(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
