using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.ReadingLists;

/// <summary>/readinglist show on the biggest list there can be.</summary>
public sealed class ReadingListPagesTests
{
    private const int DiscordContent = 2000;
    private const int DiscordDescription = 4096;
    private const int DiscordMessage = 6000;

    [Fact]
    public async Task Show_FullListOfLongestReadings_EveryPageStaysWithinDiscordLimitsAndNextLeadsOn()
    {
        await using var database = TestDatabase.Sqlite();
        var longTitle = new string('T', 100);
        var corpus = new CorpusLibrary(
        [
            new Corpus.DocumentBuilder("long", longTitle).By("A. Writer", "1921")
                .Section(longTitle).Sentences("The workers met.", "They stood together.")
                .Section("Part 2").Sentences("The workers met again.", "They won.")
                .Section("Part 3").Sentences("The workers went home.", "They rested.")
                .Build(),
        ]);
        await using var bot = await TestBot.StartAsync(
            database, new FakeTimeProvider(DateTimeOffset.UnixEpoch), new RecordingPoster(), frontDoor: (services, _) => services.AddSingleton(corpus));
        await bot.RunAsync("/readinglist-admin create Everything");
        await FillAsync(bot, "Everything", new string('n', 300));

        var pages = new List<ListReply>();
        var line = "/readinglist show Everything";
        for (var guard = 0; guard < 50 && line is not null; guard++)
        {
            var page = Assert.IsType<ListReply>(await bot.RunAsync(line, moderator: false));
            pages.Add(page);
            line = page.Actions.FirstOrDefault(a => a.Label == "Next")?.CommandLine;
        }

        Assert.Equal(ReadingListCommand.MaxItems / ReadingListCommand.PageSize, pages.Count);
        Assert.Equal(ReadingListCommand.MaxItems, pages.Sum(p => p.Items.Count));
        Assert.StartsWith("200. ", pages[^1].Items[^1].PlainText, StringComparison.Ordinal);
        foreach (var page in pages)
        {
            var description = string.Join("\n", page.Items.Select(i => i.PlainText));
            Assert.True(description.Length <= DiscordDescription, $"Page {page.Page}: {description.Length} characters of description");
            Assert.True(page.Title.Length + description.Length <= DiscordMessage, $"Page {page.Page}: {page.Title.Length + description.Length} characters in all");
            Assert.All(page.Items, i => Assert.True(i.PlainText.Length <= DiscordContent));
        }
    }

    // Stored directly: two hundred typed commands would only test the parser two hundred times.
    private static async Task FillAsync(TestBot bot, string name, string note)
    {
        await using var db = bot.Db();
        var list = await db.ReadingLists.SingleAsync(l => l.Name == name);
        for (var i = 0; i < ReadingListCommand.MaxItems; i++)
        {
            db.ReadingListItems.Add(new ReadingListItemEntity { ReadingListId = list.Id, Position = i, DocumentSlug = "long", SectionIndex = 2, Note = note });
        }

        await db.SaveChangesAsync();
    }
}
