using System.Globalization;
using NodaTime;

namespace StudyBot.Core.Commands;

/// <summary>Turns raw option values into typed <see cref="CommandArguments"/>, refusing bad values by name.</summary>
public static class ArgumentBinder
{
    // Users type "europe/amsterdam" as often as "Europe/Amsterdam"; store the canonical spelling.
    private static readonly Dictionary<string, string> ZoneIds =
        DateTimeZoneProviders.Tzdb.Ids.ToDictionary(id => id, id => id, StringComparer.OrdinalIgnoreCase);

    public static CommandArguments Bind(CommandDeclaration declaration, IReadOnlyDictionary<string, string> raw, char prefix = '/')
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(raw);
        foreach (var name in raw.Keys.Where(k => declaration.FindOption(k) is null))
        {
            throw new CommandException($"{prefix}{declaration.Name} has no option '{name}'.");
        }

        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in declaration.Options)
        {
            var text = raw.FirstOrDefault(p => string.Equals(p.Key, option.Name, StringComparison.OrdinalIgnoreCase)).Value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (option.Required)
                {
                    throw new CommandException($"Option '{option.Name}' is required ({option.Description}). Usage: {declaration.UsageWith(prefix)}");
                }

                continue;
            }

            values[option.Name] = Convert(option, text);
        }

        return new CommandArguments(values);
    }

    private static object Convert(CommandOption option, string text) => option.Kind switch
    {
        OptionKind.Integer => ToInteger(option, text),
        OptionKind.Choice => option.FindChoice(text)?.Value
            ?? throw Refuse(option, text, "one of " + string.Join(", ", option.Choices.Select(c => c.Value))),
        OptionKind.Number => ToNumber(option, text),
        OptionKind.Boolean => ToBoolean(option, text),
        OptionKind.TimeOfDay => ToTimeOfDay(option, text),
        OptionKind.TimeZone => ZoneIds.GetValueOrDefault(text)
            ?? throw Refuse(option, text, "an IANA time zone such as Europe/Amsterdam or America/New_York"),
        _ when text.Length > option.MaxLength => throw new CommandException(
            $"Option '{option.Name}' is too long: {text.Length} characters, at most {option.MaxLength}."),
        _ => text,
    };

    private static long ToInteger(CommandOption option, string text)
    {
        var range = $"a whole number from {option.Min} to {option.Max}";
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            throw Refuse(option, text, range);
        }

        return number < option.Min || number > option.Max ? throw Refuse(option, text, range) : number;
    }

    private static double ToNumber(CommandOption option, string text)
    {
        var range = $"a number from {option.Min} to {option.Max}";
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            && (option.Min is not { } min || number >= min) && (option.Max is not { } max || number <= max)
                ? number
                : throw Refuse(option, text, range);
    }

    private static bool ToBoolean(CommandOption option, string text) => text.ToLowerInvariant() switch
    {
        "yes" or "true" or "on" or "ja" or "aan" => true,
        "no" or "false" or "off" or "nee" or "uit" => false,
        _ => throw Refuse(option, text, "yes or no"),
    };

    private static string ToTimeOfDay(CommandOption option, string text)
    {
        var parts = text.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and <= 23
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute is >= 0 and <= 59
            && parts[1].Length == 2
                ? $"{hour:00}:{minute:00}"
                : throw Refuse(option, text, "a time of day as HH:mm, from 00:00 to 23:59");
    }

    private static CommandException Refuse(CommandOption option, string text, string allowed) =>
        new($"Option '{option.Name}' got '{Shorten(text)}'; expected {allowed}.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
