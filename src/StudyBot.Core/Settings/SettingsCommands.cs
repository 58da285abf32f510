using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Settings;

/// <summary>/settings-admin moderator-role: a role (Discord) or power level (Matrix) whose holders also count as moderators.</summary>
public sealed class SettingsModeratorRoleCommand(CommunitySettingsStore settings) : ICommand
{
    public CommandDeclaration Declaration { get; } = new(
        "settings-admin moderator-role",
        "Sets the role whose members may also run moderator commands",
        CommandAccess.Moderator,
        [CommandOption.Of(OptionKind.Role, "role", "A role (Discord) or power level (Matrix)", required: true)]);

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var role = SafeText.RequireName("role", arguments.RequireText("role"));
        await settings.UpdateAsync(context.CommunityId, s => s.ModeratorRoleId = role, cancellationToken).ConfigureAwait(false);
        return new MessageReply($"Moderator role set to {context.Values.DescribeRole(role)}, besides those the platform already counts as moderators.", ReplyTone.Success);
    }
}

/// <summary>/settings-admin timezone: the zone times are shown in when a command names none.</summary>
public sealed class SettingsTimeZoneCommand(CommunitySettingsStore settings) : ICommand
{
    public CommandDeclaration Declaration { get; } = new(
        "settings-admin timezone",
        "Sets the community's time zone for showing times",
        CommandAccess.Moderator,
        [CommandOption.Of(OptionKind.TimeZone, "zone", "IANA time zone, e.g. Europe/Amsterdam", required: true)]);

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var zone = arguments.RequireText("zone");
        await settings.UpdateAsync(context.CommunityId, s => s.TimeZoneId = zone, cancellationToken).ConfigureAwait(false);
        return new MessageReply($"Time zone set to {zone}. /circle-admin setup and /excerpt daily still name their own zone.", ReplyTone.Success);
    }
}

/// <summary>/settings-admin language: the language the bot replies in.</summary>
public sealed class SettingsLanguageCommand(CommunitySettingsStore settings) : ICommand
{
    public CommandDeclaration Declaration { get; } = new(
        "settings-admin language",
        "Sets the language of the bot's replies",
        CommandAccess.Moderator,
        [CommandOption.Choice("language", "Reply language", Language.Supported.Select(l => l.Code).ToArray(), required: true)]);

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var language = Language.FromCode(arguments.RequireText("language"))!;
        await settings.UpdateAsync(context.CommunityId, s => s.LanguageCode = language.Code, cancellationToken).ConfigureAwait(false);
        return new MessageReply($"Reply language set to {SettingsShowCommand.DescribeLanguage(language)}.", ReplyTone.Success);
    }
}

/// <summary>/settings show: the community's settings and what applies where none was chosen; members may look.</summary>
public sealed class SettingsShowCommand(CommunitySettingsStore settings) : ICommand
{
    public CommandDeclaration Declaration { get; } = new("settings show", "Shows this community's settings");

    public static string DescribeLanguage(Language language) =>
        language == Language.Dutch ? "Dutch (nl)" : "English (en)";

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var current = await settings.GetAsync(context.CommunityId, cancellationToken).ConfigureAwait(false);
        return new DocumentReply(
            "Settings of this community",
            [
                "Moderator role: " + (current.ModeratorRole is { } role ? context.Values.DescribeRole(role) : "not set (only the platform's own moderators)"),
                "Time zone: " + (current.TimeZoneId ?? "not set (times are shown in UTC)"),
                "Language: " + (current.Language is { } language ? DescribeLanguage(language) : "not set (each member's own language, else English)"),
            ],
            ["Moderators change these with /settings-admin moderator-role, /settings-admin timezone and /settings-admin language."]);
    }
}
