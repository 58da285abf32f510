using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.ReadingCircles;

public sealed class CommandRefusalTests
{
    [Theory]
    [InlineData("/readinglist-admin create Autumn")]
    [InlineData("/readinglist-admin delete Spring")]
    [InlineData("/circle-admin setup Spring terminal \"thursday 19:00\" Europe/Amsterdam")]
    [InlineData("/excerpt daily terminal 07:30 Europe/Amsterdam")]
    public async Task ModeratorCommand_RunByAMember_IsRefusedAndChangesNothing(string line)
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero)), new RecordingPoster());
        await bot.RunAsync("/readinglist-admin create Spring");
        await bot.RunAsync("/readinglist-admin add Spring workplace-cells");
        var before = await SnapshotAsync(bot);

        var reply = Assert.IsType<MessageReply>(await bot.RunAsync(line, moderator: false, user: "terminal:bob"));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains("is for moderators", reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    [Theory]
    [InlineData("/circle-admin setup Spring terminal \"thursday 19:00\" Mars/Olympus", "IANA time zone")]
    [InlineData("/circle-admin setup Spring terminal \"0 */30 * * * ?\" Europe/Amsterdam", "more often than once an hour")]
    [InlineData("/circle-admin setup Spring terminal \"0 0 19 ? * FOO\" Europe/Amsterdam", "is not valid")]
    [InlineData("/circle-admin setup Spring terminal \"thursday 25:61\" Europe/Amsterdam", "'25:61'")]
    [InlineData("/circle-admin setup Spring terminal \"every other day\" Europe/Amsterdam", "expected a weekday and a time")]
    [InlineData("/circle-admin setup Spring terminal \"thursday 19:00\" Europe/Amsterdam remind-before:2x", "'2x'")]
    [InlineData("/circle-admin setup Empty terminal \"thursday 19:00\" Europe/Amsterdam", "'Empty' is empty")]
    [InlineData("/circle-admin setup Winter terminal \"thursday 19:00\" Europe/Amsterdam", "no reading list 'Winter'")]
    [InlineData("/excerpt daily terminal 25:61 Europe/Amsterdam", "'25:61'")]
    [InlineData("/excerpt daily terminal 07:30 Europe/Amsterdam source:nothing-like-this", "neither a reading list")]
    [InlineData("/readinglist-admin create spring", "already exists")]
    [InlineData("/readinglist-admin create \"\u200B\"", "needs a name with visible letters")]
    [InlineData("/readinglist-admin create \"\u001b[31m\"", "needs a name with visible letters")]
    [InlineData("/readinglist-admin remove Spring 9", "items 1 to 1")]
    [InlineData("/readinglist-admin move Spring 1 5", "items 1 to 1")]
    [InlineData("/readinglist-admin add Spring workplace-cells section:7", "sections 1 to 3")]
    [InlineData("/readinglist-admin add Spring no-such-document", "Unknown document")]
    public async Task BadInput_GetsASpecificErrorAndChangesNothing(string line, string expected)
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero)), new RecordingPoster());
        await bot.RunAsync("/readinglist-admin create Spring");
        await bot.RunAsync("/readinglist-admin add Spring workplace-cells");
        await bot.RunAsync("/readinglist-admin create Empty");
        var before = await SnapshotAsync(bot);

        var reply = Assert.IsType<MessageReply>(await bot.RunAsync(line));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(bot));
    }

    private static async Task<string> SnapshotAsync(TestBot bot)
    {
        await using var db = bot.Db();
        var lists = await db.ReadingLists.OrderBy(l => l.Id).Select(l => l.Name + ":" + l.Items.Count).ToListAsync();
        var items = await db.ReadingListItems.OrderBy(i => i.Id).Select(i => i.DocumentSlug + "@" + i.Position).ToListAsync();
        return string.Join(",", lists) + "|" + string.Join(",", items) + $"|{await db.Schedules.CountAsync()}|{await db.Circles.CountAsync()}|{await db.ExcerptSubscriptions.CountAsync()}";
    }
}
