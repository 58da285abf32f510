using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Scheduling;

namespace StudyBot.Discord.FrontDoor;

/// <summary>
/// Channel, user and role options as Discord sends them: snowflakes, picked from Discord's own menus. Channels and users
/// get the platform prefix; a role stays its bare id, which is what <c>HoldsRole</c> compares with the member's roles.
/// </summary>
internal sealed class DiscordPlatformValues : IPlatformValues
{
    public const string Platform = "discord";

    public static DiscordPlatformValues Instance { get; } = new();

    public ValueTask<string> ResolveAsync(CommandOption declared, string typed, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(typed);
        var bare = typed.Trim();
        if (bare.StartsWith(Platform + ":", StringComparison.Ordinal))
        {
            bare = bare[(Platform.Length + 1)..];
        }

        if (bare.Length is 0 or > 20 || !bare.All(char.IsAsciiDigit))
        {
            throw new CommandException($"Option '{declared.Name}' takes a {declared.Kind.ToString().ToLowerInvariant()} picked from Discord's list.");
        }

        return ValueTask.FromResult(declared.Kind == OptionKind.Role ? bare : ChannelIds.Qualify(Platform, bare));
    }

    /// <summary>A role mention shows the role's name; <c>allowed_mentions</c> keeps it from pinging.</summary>
    public string DescribeRole(string role, Language language) => $"<@&{role}>";
}
