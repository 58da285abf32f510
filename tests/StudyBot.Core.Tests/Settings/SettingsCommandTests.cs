using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Settings;

public sealed class SettingsCommandTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Settings_ChangedByAModerator_SurviveARestartAndMembersCanSeeThem()
    {
        await using var database = TestDatabase.Sqlite();
        await using (var first = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster()))
        {
            AssertSuccess(await first.RunAsync("/settings-admin moderator-role circle-hosts"));
            AssertSuccess(await first.RunAsync("/settings-admin timezone europe/amsterdam"));
            AssertSuccess(await first.RunAsync("/settings-admin language NL"));
        }

        await using var second = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());
        var shown = ReplyText.Of(await second.RunAsync("/settings show", moderator: false, user: "terminal:bob"));

        Assert.Contains("Moderator role: the role 'circle-hosts'", shown, StringComparison.Ordinal);
        Assert.Contains("Time zone: Europe/Amsterdam", shown, StringComparison.Ordinal);
        Assert.Contains("Language: Dutch (nl)", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsShow_NothingChosen_SaysWhatAppliesInstead()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());

        var shown = ReplyText.Of(await bot.RunAsync("/settings show", moderator: false, user: "terminal:bob"));

        Assert.Contains("Moderator role: not set (only the platform's own moderators)", shown, StringComparison.Ordinal);
        Assert.Contains("Time zone: not set (times are shown in UTC; new circles and excerpts must name a zone)", shown, StringComparison.Ordinal);
        Assert.Contains("Language: not set (each member's own language, else English)", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsShow_InDutch_NamesTheRoleInDutch()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());
        AssertSuccess(await bot.RunAsync("/settings-admin moderator-role circle-hosts"));
        var dutch = new CommandContext("terminal", TestBot.Community, "terminal:terminal", "terminal:bob", "bob", IsModerator: false) { ReplyLanguage = Language.Dutch };

        var shown = ReplyText.Of(await bot.Services.GetRequiredService<CommandDispatcher>().ExecuteLineAsync(dutch, "/settings show", CancellationToken.None));

        Assert.Contains("de rol 'circle-hosts'", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("the role", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/settings-admin moderator-role everyone")]
    [InlineData("/settings-admin timezone America/New_York")]
    [InlineData("/settings-admin language en")]
    public async Task SettingsChange_RunByAMember_IsRefusedAndChangesNothing(string line)
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());
        await ChooseEverythingAsync(bot);
        var before = await SnapshotAsync(bot);

        var reply = Assert.IsType<MessageReply>(await bot.RunAsync(line, moderator: false, user: "terminal:bob"));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains("is for moderators", reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Theory]
    [InlineData("/settings-admin timezone Mars/Olympus", "expected an IANA time zone")]
    [InlineData("/settings-admin language fr", "expected one of en, nl")]
    [InlineData("/settings-admin moderator-role", "Option 'role' is required")]
    [InlineData("/settings-admin moderator-role moderators", "expected a role of this server")]
    public async Task SettingsChange_BadValue_GetsASpecificErrorAndChangesNothing(string line, string expected)
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());
        await RunOnAsync(bot, "/settings-admin timezone Europe/Amsterdam");
        var before = await SnapshotAsync(bot);

        var reply = Assert.IsType<MessageReply>(await RunOnAsync(bot, line));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Fact]
    public async Task SettingsModeratorRole_ResolvedByTheFrontDoor_IsStoredAsResolvedAndDescribedByIt()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());

        AssertSuccess(await RunOnAsync(bot, "/settings-admin moderator-role <@&81384788765712384>"));

        Assert.Contains("Moderator role: role #81384788765712384", ReplyText.Of(await RunOnAsync(bot, "/settings show")), StringComparison.Ordinal);
        Assert.EndsWith(":81384788765712384::", await SnapshotAsync(bot), StringComparison.Ordinal);
    }

    private static async Task ChooseEverythingAsync(TestBot bot)
    {
        AssertSuccess(await bot.RunAsync("/settings-admin moderator-role circle-hosts"));
        AssertSuccess(await bot.RunAsync("/settings-admin timezone Europe/Amsterdam"));
        AssertSuccess(await bot.RunAsync("/settings-admin language nl"));
    }

    // The dispatcher as a chat front door calls it, with that front door's role resolution.
    private static Task<Reply> RunOnAsync(TestBot bot, string line) =>
        bot.Services.GetRequiredService<CommandDispatcher>().ExecuteLineAsync(
            new CommandContext("chat", "chat:community", "chat:channel", "chat:ada", "ada", IsModerator: true) { Values = new RoleMentionValues() },
            line,
            CancellationToken.None);

    private static void AssertSuccess(Reply reply) => Assert.Equal(ReplyTone.Success, Assert.IsType<MessageReply>(reply).Tone);

    private static async Task<string> SnapshotAsync(TestBot bot)
    {
        await using var db = bot.Db();
        var rows = await db.CommunitySettings.OrderBy(s => s.CommunityId).ToListAsync();
        return string.Join("|", rows.Select(s => $"{s.CommunityId}:{s.ModeratorRoleId}:{s.TimeZoneId}:{s.LanguageCode}"));
    }
}
