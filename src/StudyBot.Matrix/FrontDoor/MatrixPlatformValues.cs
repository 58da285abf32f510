using System.Globalization;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Matrix.Http;

namespace StudyBot.Matrix.FrontDoor;

/// <summary>
/// Matrix's ids for channel, user and role options: a room id (<c>!abc:server</c>) or an alias resolved through the
/// room directory, a user id (<c>@name:server</c>), and a power level for the moderator role.
/// </summary>
/// <remarks>Matrix has no roles; a community's moderator "role" is the power level a member must reach.</remarks>
internal sealed class MatrixPlatformValues(MatrixClient client) : IPlatformValues
{
    private const string Prefix = MatrixCommandHandler.Platform + ":";

    public async ValueTask<string> ResolveAsync(CommandOption declared, string typed, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(context);
        var value = typed.Trim();
        if (value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            value = value[Prefix.Length..];
        }

        switch (declared.Kind)
        {
            case OptionKind.Channel when IsId(value, '!'):
                return Prefix + value;
            case OptionKind.Channel when IsId(value, '#'):
                var roomId = await client.ResolveAliasAsync(value, cancellationToken).ConfigureAwait(false);
                return roomId is not null ? Prefix + roomId : throw new CommandException(MatrixTexts.UnknownAlias, declared.Name, value);
            case OptionKind.Channel:
                throw new CommandException(MatrixTexts.NotARoom, declared.Name, value);
            case OptionKind.User:
                return IsId(value, '@') ? Prefix + value : throw new CommandException(MatrixTexts.NotAUser, declared.Name, value);
            case OptionKind.Role:
                return PowerLevel(value) is { } level
                    ? level.ToString(CultureInfo.InvariantCulture)
                    : throw new CommandException(MatrixTexts.NotAPowerLevel, declared.Name);
            default:
                return value;
        }
    }

    public string DescribeRole(string role, Language language) => MatrixTexts.PowerLevel.Format(language, role);

    /// <summary>The power level a stored role names, or null when it is none (a role stored by another platform).</summary>
    public static long? PowerLevel(string role) =>
        long.TryParse(role, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level <= 100 ? level : null;

    /// <summary>A sigil, a localpart without spaces and a server name: the shape of Matrix room ids, aliases and user ids.</summary>
    private static bool IsId(string value, char sigil)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return value.Length > 3 && value[0] == sigil && colon > 1 && colon < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }
}
