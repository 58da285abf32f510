using System.Globalization;
using NodaTime;
using StudyBot.Core.Localisation;

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
            throw CommandLineParser.NoSuchOption(declaration, name, prefix);
        }

        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in declaration.Options)
        {
            var text = raw.FirstOrDefault(p => string.Equals(p.Key, option.Name, StringComparison.OrdinalIgnoreCase)).Value?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (option.Required)
                {
                    throw new CommandException(CommandLineTexts.Required, option.Name, option.Description, declaration.UsageWith(prefix));
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
            ?? throw Refuse(CommandLineTexts.GotNotAChoice, option, text, string.Join(", ", option.Choices.Select(c => c.Value))),
        OptionKind.Number => ToNumber(option, text),
        OptionKind.Boolean => ToBoolean(option, text),
        OptionKind.TimeOfDay => ToTimeOfDay(option, text),
        OptionKind.TimeZone => ZoneIds.GetValueOrDefault(text)
            ?? throw Refuse(CommandLineTexts.GotNotAZone, option, text),
        _ when text.Length > option.MaxLength => throw new CommandException(CommandLineTexts.TooLong, option.Name, text.Length, option.MaxLength),
        _ => text,
    };

    private static long ToInteger(CommandOption option, string text)
    {
        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < option.Min || number > option.Max)
        {
            throw Refuse(CommandLineTexts.GotNotAWholeNumber, option, text, option.Min, option.Max);
        }

        return number;
    }

    private static double ToNumber(CommandOption option, string text)
    {
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            && (option.Min is not { } min || number >= min) && (option.Max is not { } max || number <= max)
                ? number
                : throw Refuse(CommandLineTexts.GotNotANumber, option, text, option.Min, option.Max);
    }

    private static bool ToBoolean(CommandOption option, string text) => text.ToLowerInvariant() switch
    {
        "yes" or "true" or "on" or "ja" or "aan" => true,
        "no" or "false" or "off" or "nee" or "uit" => false,
        _ => throw Refuse(CommandLineTexts.GotNotYesOrNo, option, text),
    };

    private static string ToTimeOfDay(CommandOption option, string text)
    {
        var parts = text.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour) && hour is >= 0 and <= 23
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute) && minute is >= 0 and <= 59
            && parts[1].Length == 2
                ? $"{hour:00}:{minute:00}"
                : throw Refuse(CommandLineTexts.GotNotATime, option, text);
    }

    private static CommandException Refuse(LocalText refusal, CommandOption option, string text, params object?[] allowed) =>
        new(refusal, [option.Name, Shorten(text), .. allowed]);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
