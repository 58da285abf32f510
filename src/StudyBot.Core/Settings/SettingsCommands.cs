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
        [CommandOption.Of(OptionKind.Role, "role", "A role (Discord) or power level (Matrix)", required: true) with { DutchDescription = "Een rol (Discord) of machtsniveau (Matrix)" }])
    {
        DutchDescription = "Stelt de rol in waarvan de leden ook moderatorcommando's mogen geven",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var role = SafeText.RequireName("role", arguments.RequireText("role"));
        await settings.UpdateAsync(context.CommunityId, s => s.ModeratorRoleId = role, cancellationToken).ConfigureAwait(false);
        return new MessageReply(SettingsTexts.RoleSet.Format(context.ReplyLanguage, context.Values.DescribeRole(role, context.ReplyLanguage)), ReplyTone.Success);
    }
}

/// <summary>/settings-admin timezone: the zone times are shown in when a command names none.</summary>
public sealed class SettingsTimeZoneCommand(CommunitySettingsStore settings) : ICommand
{
    public CommandDeclaration Declaration { get; } = new(
        "settings-admin timezone",
        "Sets the community's time zone: for showing times and for new circles and excerpts",
        CommandAccess.Moderator,
        [CommandOption.Of(OptionKind.TimeZone, "zone", "IANA time zone, e.g. Europe/Amsterdam", required: true) with { DutchDescription = "IANA-tijdzone, bijv. Europe/Amsterdam" }])
    {
        DutchDescription = "Stelt de tijdzone van de gemeenschap in: voor getoonde tijden en nieuwe kringen en fragmenten",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var zone = arguments.RequireText("zone");
        await settings.UpdateAsync(context.CommunityId, s => s.TimeZoneId = zone, cancellationToken).ConfigureAwait(false);
        return new MessageReply(SettingsTexts.ZoneSet.Format(context.ReplyLanguage, context.Prefix, zone), ReplyTone.Success);
    }
}

/// <summary>/settings-admin language: the language the bot replies in.</summary>
public sealed class SettingsLanguageCommand(CommunitySettingsStore settings) : ICommand
{
    public CommandDeclaration Declaration { get; } = new(
        "settings-admin language",
        "Sets the language of the bot's replies",
        CommandAccess.Moderator,
        [
            CommandOption.Choice(
                "language",
                "Reply language",
                Language.Supported.Select(l => new CommandChoice(SettingsShowCommand.DescribeLanguage(l, Language.English), l.Code) { DutchName = SettingsShowCommand.DescribeLanguage(l, Language.Dutch) }).ToArray(),
                required: true) with { DutchDescription = "Antwoordtaal" },
        ])
    {
        DutchDescription = "Stelt de taal van de antwoorden van de bot in",
    };

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var language = Language.FromCode(arguments.RequireText("language"))!;
        await settings.UpdateAsync(context.CommunityId, s => s.LanguageCode = language.Code, cancellationToken).ConfigureAwait(false);

        // Said in the language just chosen: that is how the next replies will read.
        return new MessageReply(SettingsTexts.LanguageSet.Format(language, SettingsShowCommand.DescribeLanguage(language, language)), ReplyTone.Success);
    }
}

/// <summary>/settings show: the community's settings and what applies where none was chosen; members may look.</summary>
public sealed class SettingsShowCommand(CommunitySettingsStore settings) : ICommand
{
    public CommandDeclaration Declaration { get; } = new("settings show", "Shows this community's settings")
    {
        DutchDescription = "Toont de instellingen van deze gemeenschap",
    };

    public static string DescribeLanguage(Language language, Language replyLanguage) =>
        (language == Language.Dutch ? SettingsTexts.Dutch : SettingsTexts.English).In(replyLanguage);

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var current = await settings.GetAsync(context.CommunityId, cancellationToken).ConfigureAwait(false);
        var reply = context.ReplyLanguage;
        return new DocumentReply(
            SettingsTexts.Title.In(reply),
            [
                current.ModeratorRole is { } role ? SettingsTexts.Role.Format(reply, context.Values.DescribeRole(role, reply)) : SettingsTexts.NoRole.In(reply),
                current.TimeZoneId is { } zone ? SettingsTexts.Zone.Format(reply, zone) : SettingsTexts.NoZone.In(reply),
                current.Language is { } language ? SettingsTexts.LanguageLine.Format(reply, DescribeLanguage(language, reply)) : SettingsTexts.NoLanguage.In(reply),
            ],
            [SettingsTexts.Footer.Format(reply, context.Prefix)]);
    }
}
