using System.Text.RegularExpressions;

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

    private readonly Dictionary<string, ICommand> commands;

    public CommandCatalog(IEnumerable<ICommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var all = commands.Append(new HelpCommand(this)).ToArray();
        var problems = all.SelectMany(c => Check(c.Declaration))
            .Concat(all.GroupBy(c => c.Declaration.Name, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1)
                .Select(g => $"/{g.Key}: declared {g.Count()} times"))
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

        foreach (var problem in CheckDescription(name, declaration.Description))
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

            if (option.Kind == OptionKind.Integer && (option.Min is null || option.Max is null || option.Min > option.Max))
            {
                yield return $"{where}: needs a minimum and a maximum";
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

    private static IEnumerable<string> CheckDescription(string where, string description)
    {
        if (string.IsNullOrWhiteSpace(description) || description.Length > MaxDescriptionLength)
        {
            yield return $"{where}: description must be 1-{MaxDescriptionLength} characters";
        }
    }

    private static bool IsValidName(string name) => name.Length <= MaxNameLength && NamePattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NamePattern();
}
