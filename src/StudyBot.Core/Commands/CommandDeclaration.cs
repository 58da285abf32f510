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
/// <param name="Name">One word, or a group and a subcommand ("readinglist create").</param>
/// <param name="Description">One line shown in help and in Discord's command picker.</param>
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

    /// <summary>The first word of <see cref="Name"/>: the command group.</summary>
    public string Group => Name.Split(' ')[0];

    /// <summary>The usage line, e.g. <c>/quote [topic] [document]</c>.</summary>
    public string Usage =>
        "/" + Name + string.Concat(Options.Select(o => o.Required ? $" <{o.Name}>" : $" [{o.Name}]"));

    public CommandOption? FindOption(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
