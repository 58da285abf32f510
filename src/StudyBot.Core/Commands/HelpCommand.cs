namespace StudyBot.Core.Commands;

/// <summary>/help: every command with its usage, generated from the declarations.</summary>
internal sealed class HelpCommand : ICommand
{
    private readonly CommandCatalog catalog;

    public HelpCommand(CommandCatalog catalog)
    {
        this.catalog = catalog;
    }

    public CommandDeclaration Declaration { get; } = new(
        "help",
        "Lists every command, or explains one",
        CommandOption.Text("command", "A command to explain, e.g. quote or readinglist", takesRest: true));

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var topic = arguments.GetText("command")?.Trim().TrimStart('/', '!');
        return Task.FromResult<Reply>(string.IsNullOrEmpty(topic) ? Overview() : Explain(topic));
    }

    private ListReply Overview() => new(
        "Commands",
        catalog.Declarations
            .Select(d => RichText.Plain($"{d.Usage}: {d.Description}{(d.Access == CommandAccess.Moderator ? " (moderators)" : string.Empty)}"))
            .ToArray());

    private DocumentReply Explain(string topic)
    {
        var matches = catalog.Declarations
            .Where(d => string.Equals(d.Name, topic, StringComparison.OrdinalIgnoreCase)
                || string.Equals(d.Group, topic, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (matches.Length == 0)
        {
            throw new CommandException($"Unknown command '/{topic}'. Type /help for the list.");
        }

        var paragraphs = matches.Select(Describe).ToArray();
        return new DocumentReply("Help: /" + topic, paragraphs, []);
    }

    private static string Describe(CommandDeclaration declaration)
    {
        var lines = new List<string> { $"{declaration.Usage}: {declaration.Description}" };
        if (declaration.Access == CommandAccess.Moderator)
        {
            lines.Add("  For moderators.");
        }

        lines.AddRange(declaration.Options.Select(o => $"  {o.Name}: {o.Description}{Allowed(o)}"));
        return string.Join('\n', lines);
    }

    private static string Allowed(CommandOption option) => option.Kind switch
    {
        OptionKind.Integer => $" ({option.Min}-{option.Max})",
        OptionKind.Choice => $" ({string.Join(", ", option.Choices)})",
        OptionKind.TimeOfDay => " (HH:mm)",
        OptionKind.TimeZone => " (IANA zone, e.g. Europe/Amsterdam)",
        _ => string.Empty,
    };
}
