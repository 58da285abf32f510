using System.Text.Json.Nodes;
using StudyBot.Core.Commands;

namespace StudyBot.Discord.Registration;

/// <summary>
/// Maps the command catalog onto Discord application commands: one top-level command per command or group,
/// subcommands under groups, English names and descriptions with Dutch localisations.
/// </summary>
/// <remarks>
/// Moderator groups carry <c>default_member_permissions</c> Manage Server (0x20) so that Discord hides them from
/// members; the dispatcher still checks every call, because server admins can change who sees a command.
/// Internal commands (<c>/answer</c>, <c>/context</c>) run from buttons only and are not registered.
/// https://discord.com/developers/docs/interactions/application-commands#application-command-object
/// </remarks>
public static class ApplicationCommandMapper
{
    /// <summary>The Manage Server permission bit, as Discord's string-encoded bit set.</summary>
    public const string ManageServer = "32";

    private const string DutchLocale = "nl";

    public static JsonArray Map(CommandCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var commands = new JsonArray();
        foreach (var group in catalog.Declarations.Where(d => !d.IsInternal).GroupBy(d => d.Group, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            commands.Add(members is [var single] && single.Name == single.Group ? TopLevel(single) : Group(group.Key, members));
        }

        return commands;
    }

    private static JsonObject TopLevel(CommandDeclaration declaration)
    {
        var command = Described(declaration.Name, declaration.Description, declaration.DutchDescription);
        command["type"] = 1;
        command["options"] = Options(declaration.Options);
        AddAccess(command, declaration.Access, declaration.AllowsDirectMessages);
        return command;
    }

    private static JsonObject Group(string name, CommandDeclaration[] subcommands)
    {
        var description = CommandGroups.Describe(name, subcommands);
        var command = Described(name, description.English, description.Dutch);
        command["type"] = 1;
        command["options"] = new JsonArray(subcommands.Select(Subcommand).ToArray<JsonNode?>());
        AddAccess(command, subcommands[0].Access, subcommands.All(d => d.AllowsDirectMessages));
        return command;
    }

    private static JsonObject Subcommand(CommandDeclaration declaration)
    {
        var subcommand = Described(declaration.Name.Split(' ')[1], declaration.Description, declaration.DutchDescription);
        subcommand["type"] = 1;
        subcommand["options"] = Options(declaration.Options);
        return subcommand;
    }

    private static void AddAccess(JsonObject command, CommandAccess access, bool allowsDirectMessages)
    {
        command["default_member_permissions"] = access == CommandAccess.Moderator ? ManageServer : null;

        // Interaction context types: 0 guild, 1 the bot's DM; installed to guilds only (integration type 0).
        command["contexts"] = allowsDirectMessages ? new JsonArray(0, 1) : new JsonArray(0);
        command["integration_types"] = new JsonArray(0);
    }

    private static JsonArray Options(IReadOnlyList<CommandOption> options) =>
        new(options.Select(Option).ToArray<JsonNode?>());

    private static JsonObject Option(CommandOption option)
    {
        var json = Described(option.Name, option.Description, option.DutchDescription);
        json["type"] = TypeOf(option.Kind);
        json["required"] = option.Required;
        switch (option.Kind)
        {
            case OptionKind.Integer or OptionKind.Number:
                json["min_value"] = option.Min;
                json["max_value"] = option.Max;
                break;
            case OptionKind.Channel:
                json["channel_types"] = new JsonArray(ChannelTypes(option.ChannelKinds).Select(t => (JsonNode?)t).ToArray());
                break;
            case OptionKind.Choice:
                json["choices"] = new JsonArray(option.Choices.Select(Choice).ToArray<JsonNode?>());
                break;
            case OptionKind.TimeOfDay:
                json["min_length"] = 4;
                json["max_length"] = 5;
                break;
            case OptionKind.Text:
                json["max_length"] = option.MaxLength;
                break;
        }

        if (option.Autocomplete != AutocompleteSource.None)
        {
            json["autocomplete"] = true;
        }

        return json;
    }

    private static JsonObject Choice(CommandChoice choice)
    {
        var json = new JsonObject { ["name"] = choice.Name, ["value"] = choice.Value };
        if (choice.DutchName is { } dutch)
        {
            json["name_localizations"] = new JsonObject { [DutchLocale] = dutch };
        }

        return json;
    }

    private static JsonObject Described(string name, string description, string? dutchDescription)
    {
        var json = new JsonObject { ["name"] = name, ["description"] = description };
        if (dutchDescription is not null)
        {
            json["description_localizations"] = new JsonObject { [DutchLocale] = dutchDescription };
        }

        return json;
    }

    // https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-type
    private static int TypeOf(OptionKind kind) => kind switch
    {
        OptionKind.Integer => 4,
        OptionKind.Boolean => 5,
        OptionKind.User => 6,
        OptionKind.Channel => 7,
        OptionKind.Role => 8,
        OptionKind.Number => 10,
        _ => 3,
    };

    // https://discord.com/developers/docs/resources/channel#channel-object-channel-types
    private static IEnumerable<int> ChannelTypes(ChannelKinds kinds)
    {
        if (kinds.HasFlag(ChannelKinds.Text))
        {
            yield return 0;
        }

        if (kinds.HasFlag(ChannelKinds.Announcement))
        {
            yield return 5;
        }

        if (kinds.HasFlag(ChannelKinds.Thread))
        {
            yield return 11;
            yield return 12;
        }
    }
}
