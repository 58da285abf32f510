using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Commands;

public sealed class CommandAutocompleteTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SuggestAsync_TimeZoneTyped_ReturnsAtMost25ZonesStartingWithItFirst()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());

        var all = await Suggest(bot, "circle-admin setup", "timezone", "europe/");
        var amsterdam = await Suggest(bot, "circle-admin setup", "timezone", "amster");

        Assert.Equal(25, all.Count);
        Assert.All(all, c => Assert.StartsWith("Europe/", c.Value, StringComparison.Ordinal));
        Assert.Equal("Europe/Amsterdam", Assert.Single(amsterdam).Value);
    }

    [Fact]
    public async Task SuggestAsync_SectionOption_SuggestsSectionsOfTheChosenDocument()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());
        var document = bot.Services.GetRequiredService<StudyBot.Core.Corpus.CorpusLibrary>().Documents[0];

        var read = new CommandDeclaration(
            "read",
            "Reads",
            CommandOption.Of(OptionKind.Document, "document", "Document", required: true),
            CommandOption.Text("section", "Section") with { Autocomplete = AutocompleteSource.Sections });
        var autocomplete = new CommandAutocomplete(
            new CommandCatalog([new RecordingCommand(read)]),
            bot.Services.GetRequiredService<StudyBot.Core.Corpus.CorpusLibrary>(),
            bot.Services.GetRequiredService<IDbContextFactory<StudyBot.Core.Storage.StudyBotDbContext>>());

        var sections = await autocomplete.SuggestAsync(TestCatalog.Member, "read", "section", string.Empty, new Dictionary<string, string> { ["document"] = document.Slug }, CancellationToken.None);

        Assert.Equal(Math.Min(25, document.Sections.Count), sections.Count);
        Assert.Equal("1", sections[0].Value);
        Assert.All(sections, s => Assert.InRange(s.Name.Length, 1, 100));
    }

    [Fact]
    public async Task SuggestAsync_ListOption_SuggestsOnlyThisCommunitysLists()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());
        await bot.RunAsync("/readinglist-admin create \"Spring reading\"");
        await bot.RunAsync("/readinglist-admin create Winter");

        var lists = await Suggest(bot, "readinglist show", "list", "spr");

        Assert.Equal("Spring reading", Assert.Single(lists).Value);
    }

    private static Task<IReadOnlyList<CommandChoice>> Suggest(TestBot bot, string command, string option, string typed, Dictionary<string, string>? others = null) =>
        bot.Services.GetRequiredService<CommandAutocomplete>().SuggestAsync(
            new CommandContext("terminal", TestBot.Community, "terminal:terminal", "terminal:ada", "ada", IsModerator: true),
            command,
            option,
            typed,
            others ?? [],
            CancellationToken.None);
}
