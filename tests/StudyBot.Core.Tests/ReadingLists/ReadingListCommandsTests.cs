using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Tests.TestSupport;
using static StudyBot.Core.Tests.TestSupport.CommandLines;

namespace StudyBot.Core.Tests.ReadingLists;

/// <summary>Reading lists as members read them and moderators reorder them, checked against what is stored.</summary>
public sealed class ReadingListCommandsTests : IAsyncLifetime
{
    private readonly TestDatabase database = TestDatabase.Sqlite();
    private TestBot bot = null!;

    public async Task InitializeAsync()
    {
        bot = await TestBot.StartAsync(database, new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero)), new RecordingPoster());
        await bot.RunAsync($"{ReadingListCreate} Spring");
        await bot.RunAsync($"{ReadingListAdd} Spring workplace-cells");
        await bot.RunAsync($"{ReadingListAdd} Spring workers-opposition");
        await bot.RunAsync($"{ReadingListAdd} Spring workplace-cells section:2");
        await bot.RunAsync($"{ReadingListCreate} Autumn");
    }

    [Fact]
    public async Task Show_ListWithReadings_MemberSeesThemNumberedInOrder()
    {
        var reply = Assert.IsType<ListReply>(await MemberAsync($"{ReadingListShow} Spring"));

        Assert.Equal("Spring", reply.Title);
        Assert.Equal(["1. The backbone of Leninist organization: workplace cells", "2. Workers' Opposition", "3. The backbone of Leninist organization: workplace cells, §2 The preparation for the Revolution"], reply.Items.Select(i => i.PlainText));
    }

    [Fact]
    public async Task Show_EmptyList_SaysItHasNoReadings()
    {
        var reply = Assert.IsType<MessageReply>(await MemberAsync($"{ReadingListShow} Autumn"));

        Assert.Contains("'Autumn' has no readings yet", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Member_SeesEveryListByNameWithItsSize()
    {
        var reply = Assert.IsType<ListReply>(await MemberAsync(ReadingListList));

        Assert.Equal(["Autumn (0 readings)", "Spring (3 readings)"], reply.Items.Select(i => i.PlainText));
    }

    [Fact]
    public async Task Move_LastToFirst_StoredOrderFollowsAndShowAgrees()
    {
        var reply = Assert.IsType<MessageReply>(await bot.RunAsync($"{ReadingListMove} Spring 3 1"));

        Assert.Equal(ReplyTone.Success, reply.Tone);
        Assert.Equal(["workplace-cells@0:1", "workplace-cells@1:", "workers-opposition@2:"], await StoredItemsAsync());
        Assert.Equal("1. The backbone of Leninist organization: workplace cells, §2 The preparation for the Revolution", Assert.IsType<ListReply>(await MemberAsync($"{ReadingListShow} Spring")).Items[0].PlainText);
    }

    [Fact]
    public async Task Remove_First_TheRestMoveUp()
    {
        var reply = Assert.IsType<MessageReply>(await bot.RunAsync($"{ReadingListRemove} Spring 1"));

        Assert.Equal(ReplyTone.Success, reply.Tone);
        Assert.Contains("workplace cells", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["workers-opposition@0:", "workplace-cells@1:1"], await StoredItemsAsync());
    }

    [Fact]
    public async Task Move_ByAMember_IsRefusedAndTheOrderStays()
    {
        var reply = Assert.IsType<MessageReply>(await MemberAsync($"{ReadingListMove} Spring 3 1"));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Equal(["workplace-cells@0:", "workers-opposition@1:", "workplace-cells@2:1"], await StoredItemsAsync());
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await database.DisposeAsync();
    }

    private Task<Reply> MemberAsync(string line) => bot.RunAsync(line, moderator: false, user: "terminal:bob");

    private async Task<string[]> StoredItemsAsync()
    {
        await using var db = bot.Db();
        var spring = await db.ReadingLists.SingleAsync(l => l.Name == "Spring");
        var items = await db.ReadingListItems.Where(i => i.ReadingListId == spring.Id).OrderBy(i => i.Position).ToListAsync();
        return items.Select(i => $"{i.DocumentSlug}@{i.Position}:{i.SectionIndex}").ToArray();
    }
}
