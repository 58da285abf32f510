using System.Text.Json.Nodes;
using StudyBot.Core.Commands;
using StudyBot.Discord.Registration;

namespace StudyBot.Discord.Tests.Registration;

public sealed class ApplicationCommandMapperTests
{
    private static readonly CommandDeclaration Show = new("circle show", "Shows the circle", CommandAccess.Member, []) { IsGroupDefault = true };

    private static readonly CommandDeclaration Setup = new(
        "circle-admin setup",
        "Starts a circle",
        CommandAccess.Moderator,
        [
            CommandOption.Of(OptionKind.Channel, "channel", "Where", required: true),
            CommandOption.Of(OptionKind.TimeZone, "timezone", "Zone", required: true),
            CommandOption.Choice("length", "Length", [new CommandChoice("Short", "short") { DutchName = "Kort" }]),
        ]);

    private static readonly CommandDeclaration Answer = new("answer", "Answers") { IsInternal = true };

    private static readonly CommandDeclaration Quote = new("quote", "A quote", CommandOption.Integer("page", "Page", 1, 9)) { DutchDescription = "Een citaat", AllowsDirectMessages = true };

    [Fact]
    public void Map_Catalog_RegistersGroupsAndCommandsButNotInternalOnes()
    {
        var commands = Map(Show, Setup, Answer, Quote);

        Assert.Equal(["circle", "circle-admin", "help", "quote"], commands.Select(c => (string)c!["name"]!).Order().ToArray());
        var circle = Named(commands, "circle");
        Assert.Equal("show", (string)circle["options"]![0]!["name"]!);
        Assert.Equal(1, (int)circle["options"]![0]!["type"]!);
    }

    [Fact]
    public void Map_ModeratorGroup_IsHiddenFromMembersByManageServer()
    {
        var commands = Map(Show, Setup);

        Assert.Equal("32", (string?)Named(commands, "circle-admin")["default_member_permissions"]);
        Assert.Null(Named(commands, "circle")["default_member_permissions"]);
    }

    [Fact]
    public void Map_Options_CarryTypesChannelKindsAutocompleteChoicesAndDutch()
    {
        var commands = Map(Setup, Quote);

        var options = Named(commands, "circle-admin")["options"]![0]!["options"]!.AsArray();
        Assert.Equal(7, (int)options[0]!["type"]!);
        Assert.Equal([0, 5], options[0]!["channel_types"]!.AsArray().Select(t => (int)t!).ToArray());
        Assert.True((bool)options[1]!["autocomplete"]!);
        Assert.Equal("Kort", (string)options[2]!["choices"]![0]!["name_localizations"]!["nl"]!);
        var quote = Named(commands, "quote");
        Assert.Equal("Een citaat", (string)quote["description_localizations"]!["nl"]!);
        Assert.Equal([0, 1], quote["contexts"]!.AsArray().Select(c => (int)c!).ToArray());
        Assert.Equal((4, 1L, 9L), ((int)quote["options"]![0]!["type"]!, (long)quote["options"]![0]!["min_value"]!, (long)quote["options"]![0]!["max_value"]!));
    }

    [Fact]
    public void RegistrationBody_SameCatalog_HasTheSameHashAndAChangedDescriptionChangesIt()
    {
        var first = RegistrationBody.Of(Catalog(Show, Setup));
        var again = RegistrationBody.Of(Catalog(Show, Setup));
        var changed = RegistrationBody.Of(Catalog(Show, Setup with { Description = "Starts a reading circle" }));

        Assert.Equal(first, again);
        Assert.Matches("^[0-9a-f]{64}$", first.Hash);
        Assert.NotEqual(first.Hash, changed.Hash);
    }

    private static JsonObject Named(JsonArray commands, string name) =>
        commands.Single(c => (string)c!["name"]! == name)!.AsObject();

    private static JsonArray Map(params CommandDeclaration[] declarations) => ApplicationCommandMapper.Map(Catalog(declarations));

    private static CommandCatalog Catalog(params CommandDeclaration[] declarations) =>
        new(declarations.Select(d => new DeclaredCommand(d)));
}
