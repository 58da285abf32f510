using StudyBot.Core.Commands;

namespace StudyBot.Core.Tests.Commands;

public class CommandCatalogTests
{
    private static readonly CommandDeclaration Valid = new("quote", "A passage", CommandOption.Text("topic", "About"));

    [Fact]
    public void Check_accepts_a_valid_declaration()
    {
        Assert.Empty(CommandCatalog.Check(Valid));
    }

    [Theory]
    [InlineData("Quote")]
    [InlineData("quote this now")]
    [InlineData("a-name-that-is-far-too-long-for-discord")]
    public void Check_rejects_names_discord_would_reject(string name)
    {
        Assert.Contains(CommandCatalog.Check(Valid with { Name = name }), p => p.Contains("name must be", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_rejects_a_description_over_100_characters()
    {
        Assert.Contains(CommandCatalog.Check(Valid with { Description = new string('d', 101) }), p => p.Contains("description must be 1-100", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_rejects_more_than_25_options()
    {
        var options = Enumerable.Range(0, 26).Select(i => CommandOption.Text($"o{i}", "An option")).ToArray();

        Assert.Contains(CommandCatalog.Check(Valid with { Options = options }), p => p.Contains("26 options, at most 25", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_rejects_required_option_after_optional_one()
    {
        var declaration = Valid with { Options = [CommandOption.Text("a", "A"), CommandOption.Text("b", "B", required: true)] };

        Assert.Contains(CommandCatalog.Check(declaration), p => p.Contains("required options must come before", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_rejects_choice_option_without_choices_and_too_many_choices()
    {
        var none = Valid with { Options = [CommandOption.Choice("kind", "Kind", Array.Empty<string>())] };
        var many = Valid with { Options = [CommandOption.Choice("kind", "Kind", Enumerable.Range(0, 26).Select(i => $"c{i}").ToArray())] };

        Assert.Contains(CommandCatalog.Check(none), p => p.Contains("needs 1-25 choices", StringComparison.Ordinal));
        Assert.Contains(CommandCatalog.Check(many), p => p.Contains("needs 1-25 choices", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_allows_one_rest_option_before_others()
    {
        var declaration = Valid with { Options = [CommandOption.Text("query", "Words", required: true, takesRest: true), CommandOption.Integer("page", "Page", 1, 9)] };

        Assert.Empty(CommandCatalog.Check(declaration));
    }

    [Fact]
    public void Check_rejects_two_rest_options()
    {
        var declaration = Valid with { Options = [CommandOption.Text("a", "A", takesRest: true), CommandOption.Text("b", "B", takesRest: true)] };

        Assert.Equal(["/quote: only one option can take the rest of the line"], CommandCatalog.Check(declaration));
    }

    [Fact]
    public void Constructor_refuses_duplicate_commands_listing_every_problem()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new CommandCatalog(
        [
            new RecordingCommand(Valid),
            new RecordingCommand(Valid),
            new RecordingCommand(Valid with { Name = "Bad" }),
        ]));

        Assert.Contains("/quote: declared 2 times", failure.Message, StringComparison.Ordinal);
        Assert.Contains("/Bad: name must be", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declarations_include_generated_help()
    {
        var catalog = TestCatalog.Create().Catalog;

        Assert.Contains(catalog.Declarations, d => d.Name == "help");
    }

    [Fact]
    public void CheckGroups_NameIsCommandAndGroup_IsRefused()
    {
        var problems = CommandCatalog.CheckGroups([Valid, Valid with { Name = "quote more" }]);

        Assert.Contains("/quote: a top-level name is a command or a group, not both", problems);
    }

    [Fact]
    public void CheckGroups_GroupMixesMemberAndModeratorCommands_IsRefused()
    {
        var show = new CommandDeclaration("circle show", "Shows", CommandAccess.Member, []);
        var setup = new CommandDeclaration("circle setup", "Sets up", CommandAccess.Moderator, []);

        Assert.Contains(CommandCatalog.CheckGroups([show, setup]), p => p.StartsWith("/circle: a group is for members or for moderators", StringComparison.Ordinal));
        Assert.Empty(CommandCatalog.CheckGroups([show, setup with { Name = "circle-admin setup" }]));
    }

    [Fact]
    public void CheckGroups_TwoDefaultsInOneGroup_IsRefused()
    {
        var start = new CommandDeclaration("quiz start", "Starts", CommandAccess.Member, []) { IsGroupDefault = true };

        Assert.Contains(
            "/quiz: only one subcommand can run when the group word is typed alone",
            CommandCatalog.CheckGroups([start, start with { Name = "quiz stop" }]));
    }

    [Fact]
    public void FindGroupDefault_GroupWithDefault_ReturnsThatSubcommand()
    {
        var start = new CommandDeclaration("quiz start", "Starts", CommandAccess.Member, []) { IsGroupDefault = true };
        var catalog = new CommandCatalog([new RecordingCommand(start), new RecordingCommand(start with { Name = "quiz stop", IsGroupDefault = false })]);

        Assert.Equal("quiz start", catalog.FindGroupDefault("quiz")?.Declaration.Name);
        Assert.Equal("quiz start", CommandLineParser.Parse("/quiz", catalog).Command.Declaration.Name);
        Assert.Equal("quiz stop", CommandLineParser.Parse("/quiz stop", catalog).Command.Declaration.Name);
    }

    [Fact]
    public void Check_ChoiceNameOrValueOver100Characters_IsRefused()
    {
        var declaration = Valid with { Options = [CommandOption.Choice("kind", "Kind", [new CommandChoice(new string('n', 101), "v"), new CommandChoice("n", new string('v', 101))])] };

        Assert.Equal(2, CommandCatalog.Check(declaration).Count(p => p.Contains("needs a name and a value of 1-100 characters", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_DutchDescriptionOver100Characters_IsRefused()
    {
        var declaration = Valid with { DutchDescription = new string('d', 101) };

        Assert.Contains("/quote (Dutch): description must be 1-100 characters", CommandCatalog.Check(declaration));
    }

    [Fact]
    public void CheckGroups_MoreThan25Subcommands_IsRefused()
    {
        var subcommands = Enumerable.Range(0, 26).Select(i => new CommandDeclaration($"big s{i}", "A subcommand")).ToArray();

        Assert.Contains("/big: 26 subcommands, at most 25 allowed", CommandCatalog.CheckGroups(subcommands));
    }

    [Fact]
    public void CheckGroups_MoreThan8000CharactersWithTranslations_IsRefused()
    {
        var choices = Enumerable.Range(0, 25).Select(i => new CommandChoice(new string('n', 90), $"v{i}") { DutchName = new string('d', 90) }).ToArray();
        var options = Enumerable.Range(0, 2).Select(i => CommandOption.Choice($"o{i}", "An option", choices)).ToArray();
        var command = new CommandDeclaration("wide", "Wide", options);

        Assert.Empty(CommandCatalog.CheckGroups([command with { Options = options[..1] }]));
        Assert.Contains(CommandCatalog.CheckGroups([command]), p => p.StartsWith("/wide: 9", StringComparison.Ordinal) && p.EndsWith("at most 8000", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckTopLevel_MoreThan100TopLevelCommands_IsRefusedButInternalOnesDoNotCount()
    {
        var commands = Enumerable.Range(0, 101).Select(i => new CommandDeclaration($"c{i}", "A command")).ToArray();

        Assert.Equal(["101 top-level commands, at most 100 allowed"], CommandCatalog.CheckTopLevel(commands));
        Assert.Empty(CommandCatalog.CheckTopLevel(commands.Select((c, i) => c with { IsInternal = i == 0 }).ToArray()));
    }

    [Fact]
    public void Check_OptionWithChoicesAndAutocomplete_IsRefused()
    {
        var option = CommandOption.Choice("kind", "Kind", ["a", "b"]) with { Autocomplete = AutocompleteSource.Documents };

        Assert.Contains("/quote option 'kind': an option has choices or autocomplete, not both", CommandCatalog.Check(Valid with { Options = [option] }));
    }
}
