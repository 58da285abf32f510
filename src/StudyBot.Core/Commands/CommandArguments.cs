namespace StudyBot.Core.Commands;

/// <summary>Validated option values of one invocation, typed by their declaration.</summary>
public sealed class CommandArguments
{
    private readonly IReadOnlyDictionary<string, object> values;

    public CommandArguments(IReadOnlyDictionary<string, object> values)
    {
        this.values = values;
    }

    public static CommandArguments Empty { get; } = new(new Dictionary<string, object>());

    public bool Has(string name) => values.ContainsKey(name);

    /// <summary>Text, choice, document, channel, user, role, time zone or time-of-day values as entered.</summary>
    public string? GetText(string name) => values.TryGetValue(name, out var value) ? value as string : null;

    public long? GetInteger(string name) => values.TryGetValue(name, out var value) && value is long number ? number : null;

    public double? GetNumber(string name) => values.TryGetValue(name, out var value) && value is double number ? number : null;

    public bool? GetBoolean(string name) => values.TryGetValue(name, out var value) && value is bool flag ? flag : null;

    public string RequireText(string name) =>
        GetText(name) ?? throw new CommandException(CommandLineTexts.RequiredPlain, name);
}
