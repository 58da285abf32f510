using System.Globalization;
using StudyBot.Core.Commands;

namespace StudyBot.Core.Settings;

/// <summary>Checks a moderator role as each platform names it, so a typo is refused instead of silently matching nobody.</summary>
public static class ModeratorRole
{
    /// <summary>Returns the role to store: a Discord role id (from an id or a role mention), a Matrix power level, or a terminal role name.</summary>
    public static string Normalize(string platform, string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        var text = role.Trim();
        return platform switch
        {
            "discord" => DiscordRoleId(text),
            "matrix" => MatrixPowerLevel(text),
            _ => text,
        };
    }

    private static string DiscordRoleId(string text)
    {
        // Discord sends a role option as its id; typed text may still be a mention such as <@&123>.
        var id = text.StartsWith("<@&", StringComparison.Ordinal) && text.EndsWith('>') ? text[3..^1] : text;
        return id.Length is >= 15 and <= 20 && id.All(char.IsAsciiDigit)
            ? id
            : throw new CommandException($"Option 'role' got '{Shorten(text)}'; expected a role of this server.");
    }

    private static string MatrixPowerLevel(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 100
            ? level.ToString(CultureInfo.InvariantCulture)
            : throw new CommandException($"Option 'role' got '{Shorten(text)}'; expected a power level from 1 to 100.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
