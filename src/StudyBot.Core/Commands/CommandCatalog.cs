using System.Text.RegularExpressions;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Commands;

/// <summary>
/// Every command the bot serves, checked at start against the strictest platform limits so that a
/// declaration that one front door would reject stops the host instead of failing later.
/// </summary>
public sealed partial class CommandCatalog
{
    // Discord's application-command limits are the strictest of our platforms:
    // https://discord.com/developers/docs/interactions/application-commands#application-command-object
    public const int MaxNameLength = 32;
    public const int MaxDescriptionLength = 100;
    public const int MaxOptions = 25;
    public const int MaxChoices = 25;
    public const int MaxTextLength = 6000;
    public const int MaxChoiceLength = 100;
    public const int MaxSubcommands = 25;
    public const int MaxTopLevelCommands = 100;
    public const int MaxCommandCharacters = 8000;

    private readonly Dictionary<string, ICommand> commands;

    public CommandCatalog(IEnumerable<ICommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var all = commands.Append(new HelpCommand(this)).ToArray();
        var declarations = all.Select(c => c.Declaration).ToArray();
        var problems = declarations.SelectMany(Check)
            .Concat(declarations.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1)
                .Select(g => $"/{g.Key}: declared {g.Count()} times"))
            .Concat(CheckGroups(declarations))
            .Concat(CheckTopLevel(declarations))
            .ToArray();
        if (problems.Length > 0)
        {
            throw new InvalidOperationException("Invalid command declarations: " + string.Join("; ", problems));
        }

        this.commands = all.ToDictionary(c => c.Declaration.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Declarations in help order: by group, the group's own command first.</summary>
    public IReadOnlyList<CommandDeclaration> Declarations =>
        commands.Values.Select(c => c.Declaration)
            .OrderBy(d => d.Group, StringComparer.Ordinal)
            .ThenBy(d => d.Name.Length == d.Group.Length ? 0 : 1)
            .ThenBy(d => d.Name, StringComparer.Ordinal)
            .ToArray();

    public ICommand? Find(string name) => commands.GetValueOrDefault(name.Trim());

    /// <summary>The subcommand that the group word alone runs on a typed line (<c>/quiz</c>), if the group has one.</summary>
    public ICommand? FindGroupDefault(string group) =>
        commands.Values.FirstOrDefault(c => c.Declaration.IsGroupDefault && string.Equals(c.Declaration.Group, group, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether any command starts with this group word ("circle", "readinglist").</summary>
    public bool HasGroup(string group) =>
        commands.Keys.Any(k => string.Equals(k.Split(' ')[0], group, StringComparison.OrdinalIgnoreCase));

    /// <summary>All problems with one declaration, so a developer sees them at once.</summary>
    public static IEnumerable<string> Check(CommandDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var name = "/" + declaration.Name;
        var words = declaration.Name.Split(' ');
        if (words.Length > 2 || words.Any(w => !IsValidName(w)))
        {
            yield return $"{name}: name must be one or two lowercase words of 1-{MaxNameLength} letters, digits or hyphens";
        }

        foreach (var problem in CheckDescription(name, declaration.Description).Concat(CheckDescription(name + " (Dutch)", declaration.DutchDescription, optional: true)))
        {
            yield return problem;
        }

        if (declaration.Options.Count > MaxOptions)
        {
            yield return $"{name}: {declaration.Options.Count} options, at most {MaxOptions} allowed";
        }

        var seenOptional = false;
        foreach (var option in declaration.Options)
        {
            var where = $"{name} option '{option.Name}'";
            if (!IsValidName(option.Name))
            {
                yield return $"{where}: name must be 1-{MaxNameLength} lowercase letters, digits or hyphens";
            }

            foreach (var problem in CheckDescription(where, option.Description))
            {
                yield return problem;
            }

            if (option.Required && seenOptional)
            {
                yield return $"{where}: required options must come before optional ones";
            }

            seenOptional |= !option.Required;
            if (option.Kind == OptionKind.Choice && (option.Choices.Count is 0 or > MaxChoices))
            {
                yield return $"{where}: needs 1-{MaxChoices} choices";
            }

            foreach (var choice in option.Choices.Where(c => !Fits(c.Name, MaxChoiceLength) || !Fits(c.Value, MaxChoiceLength) || (c.DutchName is { } dutch && !Fits(dutch, MaxChoiceLength))))
            {
                yield return $"{where}: choice '{choice.Value}' needs a name and a value of 1-{MaxChoiceLength} characters";
            }

            if (option.Kind is OptionKind.Integer or OptionKind.Number && (option.Min is null || option.Max is null || option.Min > option.Max))
            {
                yield return $"{where}: needs a minimum and a maximum";
            }

            if (option.Autocomplete != AutocompleteSource.None && option.Choices.Count > 0)
            {
                yield return $"{where}: an option has choices or autocomplete, not both";
            }

            foreach (var problem in CheckDescription(where + " (Dutch)", option.DutchDescription, optional: true))
            {
                yield return problem;
            }

            if (option.MaxLength is < 1 or > MaxTextLength)
            {
                yield return $"{where}: maximum length must be 1-{MaxTextLength}";
            }

        }

        if (declaration.Options.Count(o => o.TakesRest) > 1)
        {
            yield return $"{name}: only one option can take the rest of the line";
        }

        if (declaration.Options.GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            yield return $"{name}: option names must be unique";
        }
    }

    /// <summary>
    /// Discord's rules for top-level commands: a name is a command or a group, never both; and because
    /// Discord hides whole top-level commands from members, never subcommands, a group is for members or
    /// for moderators, not both.
    /// </summary>
    public static IEnumerable<string> CheckGroups(IReadOnlyCollection<CommandDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        foreach (var group in declarations.GroupBy(d => d.Group, StringComparer.OrdinalIgnoreCase))
        {
            var members = group.ToArray();
            if (members.Length > 1 && members.Any(d => d.Name.Length == d.Group.Length))
            {
                yield return $"/{group.Key}: a top-level name is a command or a group, not both";
            }

            if (members.Select(d => d.Access).Distinct().Count() > 1)
            {
                yield return $"/{group.Key}: a group is for members or for moderators, not both (put moderator edits under another top-level name)";
            }

            if (members.Length > MaxSubcommands)
            {
                yield return $"/{group.Key}: {members.Length} subcommands, at most {MaxSubcommands} allowed";
            }

            var characters = CharacterCount(group.Key, members);
            if (characters > MaxCommandCharacters)
            {
                yield return $"/{group.Key}: {characters} characters in names, descriptions and choices with every translation, at most {MaxCommandCharacters}";
            }

            if (members.Count(d => d.IsGroupDefault) > 1)
            {
                yield return $"/{group.Key}: only one subcommand can run when the group word is typed alone";
            }
        }

        foreach (var declaration in declarations.Where(d => d.IsGroupDefault && d.Name.Length == d.Group.Length))
        {
            yield return $"/{declaration.Name}: only a subcommand can be its group's default";
        }
    }

    /// <summary>Discord registers at most 100 top-level commands (internal ones are not registered).</summary>
    public static IEnumerable<string> CheckTopLevel(IReadOnlyCollection<CommandDeclaration> declarations)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        var topLevel = declarations.Where(d => !d.IsInternal).Select(d => d.Group).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        if (topLevel > MaxTopLevelCommands)
        {
            yield return $"{topLevel} top-level commands, at most {MaxTopLevelCommands} allowed";
        }
    }

    /// <summary>Discord's count: names, descriptions, choice names and values of the whole top-level command, every translation included.</summary>
    private static int CharacterCount(string group, IReadOnlyCollection<CommandDeclaration> members)
    {
        var isGroup = members.Any(d => d.Name.Length != d.Group.Length);
        var total = isGroup ? group.Length + Described(CommandGroups.Describe(group, members)) : 0;
        foreach (var declaration in members)
        {
            total += declaration.Name.Split(' ').Last().Length + declaration.Description.Length + (declaration.DutchDescription?.Length ?? 0);
            foreach (var option in declaration.Options)
            {
                total += option.Name.Length + option.Description.Length + (option.DutchDescription?.Length ?? 0);
                total += option.Choices.Sum(c => c.Name.Length + c.Value.Length + (c.DutchName?.Length ?? 0));
            }
        }

        return total;
    }

    private static int Described(LocalText description) => description.English.Length + description.Dutch.Length;

    private static bool Fits(string text, int max) => !string.IsNullOrWhiteSpace(text) && text.Length <= max;

    private static IEnumerable<string> CheckDescription(string where, string? description, bool optional = false)
    {
        if (optional && description is null)
        {
            yield break;
        }

        if (description is null || !Fits(description, MaxDescriptionLength))
        {
            yield return $"{where}: description must be 1-{MaxDescriptionLength} characters";
        }
    }

    private static bool IsValidName(string name) => name.Length <= MaxNameLength && NamePattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NamePattern();
}
