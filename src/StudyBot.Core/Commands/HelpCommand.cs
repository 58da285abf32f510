using StudyBot.Core.Corpus;

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
        CommandOption.Text("command", "A command to explain, e.g. quote or readinglist", takesRest: true) with { DutchDescription = "Een commando om uit te leggen, bijv. quote of readinglist" },
        CommandOption.Integer("page", "Which page of the list", 1, 20) with { DutchDescription = "Welke pagina van de lijst" })
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
            ? Overview(context.Prefix, context.ReplyLanguage, (int)(arguments.GetInteger("page") ?? 1))
            : Explain(context.Prefix, context.ReplyLanguage, topic));
    }

    private ListReply Overview(char prefix, Language language, int page)
    {
        var lines = catalog.Declarations.Where(d => !d.IsInternal)
            .Select(d => RichText.Plain($"{d.UsageWith(prefix)}: {d.DescriptionIn(language)}{(d.Access == CommandAccess.Moderator ? HelpTexts.ModeratorsMark.In(language) : string.Empty)}"))
            .ToArray();
        return ListPages.Page(HelpTexts.Heading.In(language), lines, page, PageSize, p => CommandLineWriter.Write("help", ("page", p)), language);
    }

    private DocumentReply Explain(char prefix, Language language, string topic)
    {
        var matches = catalog.Declarations
            .Where(d => string.Equals(d.Name, topic, StringComparison.OrdinalIgnoreCase)
                || string.Equals(d.Group, topic, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (matches.Length == 0)
        {
            throw new CommandException(DispatcherTexts.UnknownCommand, prefix, topic);
        }

        var paragraphs = matches.Select(d => Describe(d, prefix, language)).ToArray();
        return new DocumentReply(HelpTexts.TopicHeading.Format(language, prefix, topic), paragraphs, []);
    }

    private static string Describe(CommandDeclaration declaration, char prefix, Language language)
    {
        var lines = new List<string> { $"{declaration.UsageWith(prefix)}: {declaration.DescriptionIn(language)}" };
        if (declaration.Access == CommandAccess.Moderator)
        {
            lines.Add(HelpTexts.ForModerators.In(language));
        }

        lines.AddRange(declaration.Options.Select(o => $"  {o.Name}: {o.DescriptionIn(language)}{Allowed(o, language)}"));
        return string.Join('\n', lines);
    }

    private static string Allowed(CommandOption option, Language language) => option.Kind switch
    {
        OptionKind.Integer or OptionKind.Number => HelpTexts.Range.Format(language, option.Min, option.Max),
        OptionKind.Choice => $" ({string.Join(", ", option.Choices.Select(c => c.Value))})",
        OptionKind.Boolean => HelpTexts.YesNo.In(language),
        OptionKind.TimeOfDay => HelpTexts.TimeOfDay.In(language),
        OptionKind.TimeZone => HelpTexts.TimeZone.In(language),
        _ => string.Empty,
    };
}
