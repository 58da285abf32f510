using System.Globalization;

namespace StudyBot.Core.Commands;

/// <summary>Writes the command lines of reply actions so that <see cref="CommandLineParser"/> reads them back as meant.</summary>
public static class CommandLineWriter
{
    /// <summary>
    /// <c>/name option:"value" ...</c>, leaving out options without a value. Text values are quoted so that
    /// several words stay one value; quotation marks inside a value are dropped because the parser has no escape.
    /// </summary>
    public static string Write(string command, params (string Name, object? Value)[] options)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(options);
        var parts = options
            .Where(o => o.Value is not null && !(o.Value is string text && string.IsNullOrWhiteSpace(text)))
            .Select(o => o.Name + ":" + Format(o.Value!));
        return string.Join(' ', parts.Prepend("/" + command));
    }

    private static string Format(object value) => value switch
    {
        string text => "\"" + text.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("“", string.Empty, StringComparison.Ordinal).Replace("”", string.Empty, StringComparison.Ordinal) + "\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
