using System.Text;

namespace StudyBot.Core.Commands;

/// <summary>
/// Parses typed command lines (terminal and Matrix): <c>/quote topic:strike</c>, <c>!quote strike</c>,
/// <c>/readinglist add "Spring reading" workplace-cells</c>.
/// </summary>
/// <remarks>
/// <c>name:value</c> sets an option by name; other words fill options in declared order. A text option
/// marked <see cref="CommandOption.TakesRest"/> takes the rest of the words, so <c>/search general strike</c>
/// searches both words. Quotes ("..." or “...”) keep words together.
/// </remarks>
public static class CommandLineParser
{
    public static bool LooksLikeCommand(string line) =>
        line.TrimStart() is ['/' or '!', var first, ..] && char.IsLetter(first);

    /// <summary>Finds the command and its raw option values; throws <see cref="CommandException"/> on bad input.</summary>
    /// <param name="line">The typed line.</param>
    /// <param name="catalog">The commands.</param>
    /// <param name="prefix">The front door's command prefix, used in error messages.</param>
    public static ParsedCommand Parse(string line, CommandCatalog catalog, char prefix = '/')
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(catalog);
        var tokens = Tokenize(line.Trim().TrimStart('/', '!'));
        if (tokens.Count == 0)
        {
            throw new CommandException(CommandLineTexts.Empty, prefix);
        }

        var (command, consumed) = FindCommand(tokens, catalog, prefix);
        var declaration = command.Declaration;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var positional = new List<Token>();
        CommandOption? lastNamed = null;
        foreach (var token in tokens.Skip(consumed))
        {
            if (!token.Quoted && SplitNamed(token.Text) is var (name, value))
            {
                lastNamed = declaration.FindOption(name) ?? throw NoSuchOption(declaration, name, prefix);
                values[lastNamed.Name] = value;
            }
            else if (lastNamed is { TakesRest: true })
            {
                values[lastNamed.Name] += " " + token.For(lastNamed);
            }
            else
            {
                positional.Add(token);
            }
        }

        AssignPositional(declaration, positional, values, prefix);
        return new ParsedCommand(command, values);
    }

    /// <summary>
    /// Fills the positional options (<see cref="CommandDeclaration.PositionalOptions"/>) in order, as the usage
    /// line shows them; a further word that is one of the choices of a named-only option sets that option
    /// (<c>/summary workers-opposition short</c>).
    /// </summary>
    private static void AssignPositional(CommandDeclaration declaration, List<Token> positional, Dictionary<string, string> values, char prefix)
    {
        var free = declaration.PositionalOptions.Where(o => !values.ContainsKey(o.Name)).ToList();
        for (var i = 0; i < positional.Count; i++)
        {
            var word = positional[i].Text;
            var byChoice = declaration.Options.FirstOrDefault(o => !values.ContainsKey(o.Name) && !free.Contains(o) && o.FindChoice(word) is not null);
            if (byChoice is not null)
            {
                values[byChoice.Name] = word;
                continue;
            }

            if (free.Count == 0)
            {
                throw new CommandException(CommandLineTexts.TooManyValues, prefix, declaration.Name, word, declaration.UsageWith(prefix));
            }

            var option = free[0];
            free.RemoveAt(0);
            if (option.TakesRest)
            {
                values[option.Name] = string.Join(' ', positional.Skip(i).Select(t => t.For(option)));
                return;
            }

            values[option.Name] = positional[i].For(option);
        }
    }

    private static (ICommand Command, int Consumed) FindCommand(IReadOnlyList<Token> tokens, CommandCatalog catalog, char prefix)
    {
        var first = tokens[0].Text.ToLowerInvariant();
        if (tokens.Count > 1 && catalog.Find(first + " " + tokens[1].Text.ToLowerInvariant()) is { } sub)
        {
            return (sub, 2);
        }

        if (catalog.Find(first) is { } command)
        {
            return (command, 1);
        }

        if (catalog.FindGroupDefault(first) is { } alias)
        {
            return (alias, 1);
        }

        if (catalog.HasGroup(first))
        {
            var subcommands = catalog.Declarations.Where(d => d.Group == first).Select(d => d.Name.Split(' ').Last());
            throw new CommandException(CommandLineTexts.NeedsSubcommand, prefix, first, string.Join(", ", subcommands));
        }

        throw new CommandException(DispatcherTexts.UnknownCommand, prefix, first);
    }

    /// <summary>The refusal of an option the command does not have, naming the ones it has.</summary>
    internal static CommandException NoSuchOption(CommandDeclaration declaration, string name, char prefix) =>
        declaration.Options.Count == 0
            ? new CommandException(CommandLineTexts.NoOptions, prefix, declaration.Name, name)
            : new CommandException(CommandLineTexts.NoSuchOption, prefix, declaration.Name, name, string.Join(", ", declaration.Options.Select(o => o.Name)));

    // A named option looks like "topic:strike"; "10:30", "https://..." and "Europe/Amsterdam" do not.
    private static (string Name, string Value)? SplitNamed(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || token.AsSpan(colon).StartsWith("://"))
        {
            return null;
        }

        var name = token[..colon];
        return name.All(c => char.IsAsciiLetterLower(c) || c == '-' || char.IsAsciiLetterUpper(c))
            ? (name, token[(colon + 1)..])
            : null;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var current = new StringBuilder();
        char? closing = null;
        var quoted = false;
        foreach (var c in text)
        {
            if (closing is not null)
            {
                if (c == closing)
                {
                    closing = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '“')
            {
                // A quote opening a token makes it a plain value; inside a named value (list:"Spring reading")
                // it only keeps the words together.
                closing = c == '"' ? '"' : '”';
                quoted |= current.Length == 0;
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        if (closing is not null)
        {
            throw new CommandException(CommandLineTexts.UnclosedQuote);
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0 || quoted)
            {
                tokens.Add(new Token(current.ToString(), quoted));
            }

            current.Clear();
            quoted = false;
        }
    }

    private readonly record struct Token(string Text, bool Quoted)
    {
        /// <summary>The token as the option's value: quoted again when the option gives quotes a meaning.</summary>
        public string For(CommandOption option) => Quoted && option.KeepsQuotes ? "\"" + Text + "\"" : Text;
    }
}

/// <summary>A command and its raw option values as typed, before validation.</summary>
public sealed record ParsedCommand(ICommand Command, IReadOnlyDictionary<string, string> Values);
