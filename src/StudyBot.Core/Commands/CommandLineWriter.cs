using System.Globalization;

namespace StudyBot.Core.Commands;

/// <summary>Writes the command lines of reply actions so that <see cref="CommandLineParser"/> reads them back as meant.</summary>
public static class CommandLineWriter
{
    /// <summary>
    /// <c>/name option:"value" ...</c>, leaving out options without a value. Text values are quoted so that
    /// several words stay one value.
    /// </summary>
    /// <remarks>
    /// The parser has no escape, but inside “...” it keeps straight quotation marks, so a value that holds them
    /// (a search's quoted phrase, which page 2 must search again) is wrapped in curly ones instead.
    /// </remarks>
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
        string text when text.Contains('"', StringComparison.Ordinal) => "“" + text.Replace("”", string.Empty, StringComparison.Ordinal) + "”",
        string text => "\"" + text + "\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
