using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
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
        Assert.Contains("Time zone: not set (times are shown in UTC)", shown, StringComparison.Ordinal);
        Assert.Contains("Language: not set (each member's own language, else English)", shown, StringComparison.Ordinal);
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
    [InlineData("terminal", "/settings-admin timezone Mars/Olympus", "expected an IANA time zone")]
    [InlineData("terminal", "/settings-admin language fr", "expected one of en, nl")]
    [InlineData("terminal", "/settings-admin moderator-role", "Option 'role' is required")]
    [InlineData("discord", "/settings-admin moderator-role moderators", "expected a role of this server")]
    [InlineData("matrix", "/settings-admin moderator-role 150", "expected a power level from 1 to 100")]
    [InlineData("matrix", "/settings-admin moderator-role mods", "expected a power level from 1 to 100")]
    public async Task SettingsChange_BadValue_GetsASpecificErrorAndChangesNothing(string platform, string line, string expected)
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());
        await RunOnAsync(bot, platform, "/settings-admin timezone Europe/Amsterdam");
        var before = await SnapshotAsync(bot);

        var reply = Assert.IsType<MessageReply>(await RunOnAsync(bot, platform, line));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Theory]
    [InlineData("discord", "<@&81384788765712384>", "the role with id 81384788765712384")]
    [InlineData("matrix", "50", "power level 50")]
    public async Task SettingsModeratorRole_AsThePlatformNamesIt_IsStoredInItsPlainForm(string platform, string role, string shown)
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Start), new RecordingPoster());

        AssertSuccess(await RunOnAsync(bot, platform, $"/settings-admin moderator-role {role}"));

        Assert.Contains("Moderator role: " + shown, ReplyText.Of(await RunOnAsync(bot, platform, "/settings show")), StringComparison.Ordinal);
    }

    private static async Task ChooseEverythingAsync(TestBot bot)
    {
        AssertSuccess(await bot.RunAsync("/settings-admin moderator-role circle-hosts"));
        AssertSuccess(await bot.RunAsync("/settings-admin timezone Europe/Amsterdam"));
        AssertSuccess(await bot.RunAsync("/settings-admin language nl"));
    }

    // The dispatcher as a Discord or Matrix front door calls it, for the platform-specific role checks.
    private static Task<Reply> RunOnAsync(TestBot bot, string platform, string line) =>
        bot.Services.GetRequiredService<CommandDispatcher>().ExecuteLineAsync(
            new CommandContext(platform, $"{platform}:community", $"{platform}:channel", $"{platform}:ada", "ada", IsModerator: true), line, CancellationToken.None);

    private static void AssertSuccess(Reply reply) => Assert.Equal(ReplyTone.Success, Assert.IsType<MessageReply>(reply).Tone);

    private static async Task<string> SnapshotAsync(TestBot bot)
    {
        await using var db = bot.Db();
        var rows = await db.CommunitySettings.OrderBy(s => s.CommunityId).ToListAsync();
        return string.Join("|", rows.Select(s => $"{s.CommunityId}:{s.ModeratorRoleId}:{s.TimeZoneId}:{s.LanguageCode}"));
    }
}
