namespace StudyBot.Core.Commands;

/// <summary>/help: every command with its usage, generated from the declarations, in pages.</summary>
internal sealed class HelpCommand : ICommand
{
    /// <summary>Help lines per page: at about 120 characters a line, a page stays far below Discord's 2,000-character content limit.</summary>
    public const int PageSize = 12;

    private readonly CommandCatalog catalog;

    public HelpCommand(CommandCatalog catalog)
    {
        this.catalog = catalog;
    }

    public CommandDeclaration Declaration { get; } = new(
        "help",
        "Lists every command, or explains one",
        CommandOption.Text("command", "A command to explain, e.g. quote or readinglist", takesRest: true),
        CommandOption.Integer("page", "Which page of the list", 1, 20))
    {
        AllowsDirectMessages = true,
        DutchDescription = "Toont alle commando's, of legt er één uit",
    };

    public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var topic = arguments.GetText("command")?.Trim().TrimStart('/', '!');
        return Task.FromResult<Reply>(string.IsNullOrEmpty(topic)
            ? Overview(context.Prefix, (int)(arguments.GetInteger("page") ?? 1))
            : Explain(context.Prefix, topic));
    }

    private ListReply Overview(char prefix, int page)
    {
        var lines = catalog.Declarations.Where(d => !d.IsInternal)
            .Select(d => RichText.Plain($"{d.UsageWith(prefix)}: {d.Description}{(d.Access == CommandAccess.Moderator ? " (moderators)" : string.Empty)}"))
            .ToArray();
        return ListPages.Page("Commands", lines, page, PageSize, p => CommandLineWriter.Write("help", ("page", p)));
    }

    private DocumentReply Explain(char prefix, string topic)
    {
        var matches = catalog.Declarations
            .Where(d => string.Equals(d.Name, topic, StringComparison.OrdinalIgnoreCase)
                || string.Equals(d.Group, topic, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (matches.Length == 0)
        {
            throw new CommandException($"Unknown command '{prefix}{topic}'. Type {prefix}help for the list.");
        }

        var paragraphs = matches.Select(d => Describe(d, prefix)).ToArray();
        return new DocumentReply($"Help: {prefix}{topic}", paragraphs, []);
    }

    private static string Describe(CommandDeclaration declaration, char prefix)
    {
        var lines = new List<string> { $"{declaration.UsageWith(prefix)}: {declaration.Description}" };
        if (declaration.Access == CommandAccess.Moderator)
        {
            lines.Add("  For moderators.");
        }

        lines.AddRange(declaration.Options.Select(o => $"  {o.Name}: {o.Description}{Allowed(o)}"));
        return string.Join('\n', lines);
    }

    private static string Allowed(CommandOption option) => option.Kind switch
    {
        OptionKind.Integer or OptionKind.Number => $" ({option.Min}-{option.Max})",
        OptionKind.Choice => $" ({string.Join(", ", option.Choices.Select(c => c.Value))})",
        OptionKind.Boolean => " (yes or no)",
        OptionKind.TimeOfDay => " (HH:mm)",
        OptionKind.TimeZone => " (IANA zone, e.g. Europe/Amsterdam)",
        _ => string.Empty,
    };
}
