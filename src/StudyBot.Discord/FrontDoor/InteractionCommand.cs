using System.Globalization;
using System.Text.Json;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// A slash command's data read into the catalog's terms: the full name ("quiz start", "circle-admin setup"), its
/// option values as text, and for autocomplete the option being typed.
/// </summary>
internal sealed record InteractionCommand(string Name, IReadOnlyDictionary<string, string> Values, string? Focused)
{
    private const int SubcommandType = 1;
    private const int SubcommandGroupType = 2;

    public static InteractionCommand Read(JsonElement data)
    {
        var names = new List<string> { data.GetProperty("name").GetString() ?? string.Empty };
        var options = data.TryGetProperty("options", out var o) && o.ValueKind == JsonValueKind.Array ? o : (JsonElement?)null;
        // Groups and subcommands nest: the leaf's options are the values.
        while (options is { } list && list.GetArrayLength() == 1 && list[0].GetProperty("type").GetInt32() is SubcommandType or SubcommandGroupType)
        {
            names.Add(list[0].GetProperty("name").GetString() ?? string.Empty);
            options = list[0].TryGetProperty("options", out var inner) && inner.ValueKind == JsonValueKind.Array ? inner : null;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? focused = null;
        foreach (var option in options?.EnumerateArray() ?? default)
        {
            var name = option.GetProperty("name").GetString() ?? string.Empty;
            if (option.TryGetProperty("value", out var value))
            {
                values[name] = Text(value);
            }

            if (option.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True)
            {
                focused = name;
            }
        }

        return new InteractionCommand(string.Join(' ', names), values, focused);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole.ToString(CultureInfo.InvariantCulture) : value.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => value.GetRawText(),
    };
}
