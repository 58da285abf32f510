using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Posting;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Storage;
using StudyBot.Core.Quizzes;
using StudyBot.Matrix.FrontDoor;
using StudyBot.Matrix.Tests.FakeHomeserver;
using StudyBot.Matrix.Tests.TestSupport;

namespace StudyBot.Matrix.Tests.FrontDoor;

/// <summary>The <c>!command</c> front door on the whole bot, end to end against the fake homeserver.</summary>
public sealed class MatrixCommandHandlerTests : IAsyncLifetime
{
    private const string Mod = "@mod:fake.test";
    private const string Member = "@member:fake.test";
    private const string Other = "@other:fake.test";

    private readonly InMemoryPlatformStateStore store = new();
    private FakeMatrixServer server = null!;

    public async Task InitializeAsync() => server = await FakeMatrixServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task ModeratorCommand_ByPowerLevel_MemberRefusedModeratorServed()
    {
        var room = server.CreateRoomWithBot(Mod, powerLevels: new() { [Mod] = 50 });
        await using var bot = await StartAsync();

        server.Post(room, Member, "!pin");
        server.Post(room, Member, "!excerpt daily " + room + " 07:30 Europe/Amsterdam");
        server.Post(room, Mod, "!pin");

        var replies = await NoticesAsync(room, 3);
        Assert.Equal("!pin is for moderators of this community.", replies[0].Body);
        Assert.Equal("!excerpt daily is for moderators of this community.", replies[1].Body);
        Assert.Equal("Pinned.", replies[2].Body);
    }

    [Fact]
    public async Task ModeratorRole_PowerLevelStoredBySettings_MemberAtThatLevelServed()
    {
        var room = server.CreateRoomWithBot(Mod, powerLevels: new() { [Mod] = 50, [Member] = 20 });
        await using var bot = await StartAsync();

        server.Post(room, Mod, "!settings-admin moderator-role owner");
        var refused = await NoticesAsync(room, 1);
        server.Post(room, Mod, "!settings-admin moderator-role 20");
        await NoticesAsync(room, 2);
        server.Post(room, Member, "!pin");
        server.Post(room, Other, "!pin");

        var replies = await NoticesAsync(room, 4);
        Assert.Contains("power level", refused[0].Body, StringComparison.Ordinal);
        Assert.Equal("Pinned.", replies[2].Body);
        Assert.Equal("!pin is for moderators of this community.", replies[3].Body);
    }

    [Fact]
    public async Task Help_UsesTheRoomsPrefixAndUnknownCommandNamed()
    {
        var room = server.CreateRoomWithBot(Mod);
        await using var bot = await StartAsync();

        server.Post(room, Member, "> <@mod:fake.test> earlier message\n\n!help");
        server.Post(room, Member, "!nosuch");
        server.Post(room, Member, "just chatting about !help");

        var replies = await NoticesAsync(room, 2);
        Assert.Contains("1. !circle done", replies[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" /", replies[0].Body, StringComparison.Ordinal);
        Assert.Contains("Unknown command '!nosuch'", replies[1].Body, StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Equal(2, Notices(room).Count);
    }

    [Fact]
    public async Task Quote_AnswersInReplyWithoutMentionsAndOffersItsActionsAsReactions()
    {
        var room = server.CreateRoomWithBot(Mod);
        await using var bot = await StartAsync();

        var command = server.Post(room, Member, "!quote");

        var quote = (await NoticesAsync(room, 1))[0];
        Assert.Equal(command, quote.Content["m.relates_to"]?["m.in_reply_to"]?["event_id"]?.GetValue<string>());
        Assert.Empty(Assert.IsType<JsonObject>(quote.Content["m.mentions"]));
        Assert.Contains("— ", quote.Body, StringComparison.Ordinal);
        Assert.Contains("React: ➡️ Another · 1️⃣ Context", quote.Body, StringComparison.Ordinal);
        var offered = await ReactionsAsync(room, quote.EventId!, 2);
        Assert.Equal(["➡️", "1️⃣"], offered);

        server.React(room, Member, quote.EventId!, ReplyReactions.Next);
        var another = (await NoticesAsync(room, 2))[1];
        Assert.Contains("— ", another.Body, StringComparison.Ordinal);
        Assert.Equal(quote.EventId, another.Content["m.relates_to"]?["m.in_reply_to"]?["event_id"]?.GetValue<string>());
    }

    [Fact]
    public async Task More_NothingPagedYet_SaysWhatMoreDoes()
    {
        var room = server.CreateRoomWithBot(Mod);
        await using var bot = await StartAsync();

        server.Post(room, Member, "!more");

        var reply = (await NoticesAsync(room, 1))[0];
        Assert.StartsWith("There is nothing more to show here.", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_AfterAPagedText_ShowsTheNextPage()
    {
        var room = server.CreateRoomWithBot(Mod);
        await using var bot = await StartAsync(bundledCorpus: true);

        server.Post(room, Member, "!read workers-opposition 1");
        var first = (await NoticesAsync(room, 1))[0];
        Assert.Contains("➡️", first.Body, StringComparison.Ordinal);
        server.Post(room, Member, "!more");

        var second = (await NoticesAsync(room, 2))[1];
        Assert.NotEqual(first.Body, second.Body);
        Assert.DoesNotContain("nothing more", second.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiz_AnsweredByReaction_ChangedReactionCountsAsTheOneAnswer()
    {
        var room = server.CreateRoomWithBot(Mod);
        await using var bot = await StartAsync(bundledCorpus: true);

        server.Post(room, Member, "!quiz start document:workers-opposition questions:2");
        var question = (await NoticesAsync(room, 1))[0];
        Assert.Equal(["🇦", "🇧", "🇨", "🇩"], await ReactionsAsync(room, question.EventId!, 4));
        var session = await bot.Services.GetRequiredService<IQuizSessionStore>().FindAsync("matrix:" + room, CancellationToken.None);
        var right = session!.Questions[0].Answer;
        var wrong = (right + 1) % 4;

        var first = server.React(room, Member, question.EventId!, Flag(wrong));
        var feedback = (await NoticesAsync(room, 2))[1];
        server.Redact(room, Member, first);
        server.React(room, Member, question.EventId!, Flag(right));
        var changed = (await NoticesAsync(room, 3))[2];
        server.React(room, Other, question.EventId!, Flag(right));
        var next = (await NoticesAsync(room, 4))[3];

        // The room sees that the member answered, not whether the answer was right, until the question closes.
        Assert.Contains("answered question 1. The answer follows when the question closes.", feedback.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Not quite", feedback.Body, StringComparison.Ordinal);
        Assert.Contains("You already answered question 1", changed.Body, StringComparison.Ordinal);
        // In a room a right answer closes the question: the answer is announced with the next question.
        Assert.StartsWith("Right! Question 1", next.Body, StringComparison.Ordinal);
        Assert.Contains("Question 2 of 2", next.Body, StringComparison.Ordinal);
        Assert.Equal(4, (await ReactionsAsync(room, next.EventId!, 4)).Count);
    }

    [Fact]
    public async Task Answer_TypedWithTheRoomsPrefix_CountsLikeAReaction()
    {
        var room = server.CreateRoomWithBot(Mod);
        await using var bot = await StartAsync(bundledCorpus: true);

        server.Post(room, Member, "!quiz start document:workers-opposition questions:1");
        await NoticesAsync(room, 1);
        var session = await bot.Services.GetRequiredService<IQuizSessionStore>().FindAsync("matrix:" + room, CancellationToken.None);
        server.Post(room, Member, "!answer " + QuizReplies.Letter(session!.Questions[0].Answer));

        var feedback = (await NoticesAsync(room, 2))[1];
        Assert.StartsWith("Right!", feedback.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excerpt_PostedThroughTheOutboxOnce_KickStopsTheRoomsSchedule()
    {
        var room = server.CreateRoomWithBot(Mod, powerLevels: new() { [Mod] = 50 });
        await using var bot = await StartAsync();

        server.Post(room, Mod, "!excerpt daily " + room + " 07:30 Europe/Amsterdam");
        await NoticesAsync(room, 1);
        server.Post(room, Mod, "!excerpt now " + room);
        await NoticesAsync(room, 2);
        var outbox = bot.Services.GetRequiredService<OutboxSender>();
        await outbox.DrainAsync(CancellationToken.None);
        await outbox.DrainAsync(CancellationToken.None);

        var posted = (await NoticesAsync(room, 3)).Skip(2).ToList();
        Assert.Single(posted, n => n.Body!.Contains("— ", StringComparison.Ordinal));
        server.Kick(room, Mod);
        await server.WaitForBotMembershipAsync(room, "leave");
        await using var db = bot.Services.GetRequiredService<IDbContextFactory<StudyBotDbContext>>().CreateDbContext();
        for (var i = 0; i < 100 && await db.Schedules.AnyAsync(s => s.State != ScheduleState.Stopped); i++)
        {
            await Task.Delay(50);
        }

        var schedule = Assert.Single(await db.Schedules.AsNoTracking().ToListAsync());
        Assert.Equal(ScheduleState.Stopped, schedule.State);
    }

    [Fact]
    public async Task ChannelOption_RoomAlias_ResolvedThroughTheDirectoryAndUnknownAliasNamed()
    {
        var room = server.CreateRoomWithBot(Mod, powerLevels: new() { [Mod] = 50 });
        server.AddAlias("#study:fake.test", room);
        await using var bot = await StartAsync();

        server.Post(room, Mod, "!excerpt daily #study:fake.test 07:30 Europe/Amsterdam");
        await NoticesAsync(room, 1);
        server.Post(room, Mod, "!excerpt daily #nowhere:fake.test 07:30 Europe/Amsterdam");

        var replies = await NoticesAsync(room, 2);
        Assert.Contains("no room has the alias '#nowhere:fake.test'", replies[1].Body, StringComparison.Ordinal);
        await using var db = bot.Services.GetRequiredService<IDbContextFactory<StudyBotDbContext>>().CreateDbContext();
        var schedule = Assert.Single(await db.Schedules.AsNoTracking().ToListAsync());
        Assert.Equal("matrix:" + room, schedule.ChannelId);
    }

    [Fact]
    public async Task ModeratorRole_InADutchCommunity_DescribedInDutch()
    {
        var room = server.CreateRoomWithBot(Mod, powerLevels: new() { [Mod] = 50 });
        await using var bot = await StartAsync();

        server.Post(room, Mod, "!settings-admin language nl");
        await NoticesAsync(room, 1);
        server.Post(room, Mod, "!settings-admin moderator-role 20");
        await NoticesAsync(room, 2);
        server.Post(room, Mod, "!settings show");

        var replies = await NoticesAsync(room, 3);
        Assert.Contains("machtsniveau 20", replies[1].Body, StringComparison.Ordinal);
        Assert.Contains("Moderatorrol: machtsniveau 20", replies[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_WithHtml_ReadFromThePlainBodyAndEchoedAsText()
    {
        var room = server.CreateRoomWithBot(Mod);
        await using var bot = await StartAsync();

        server.Post(room, Member, "<b>!help</b>");
        server.AppendRaw(room, new JsonObject
        {
            ["event_id"] = "$formatted",
            ["type"] = "m.room.message",
            ["sender"] = Member,
            ["origin_server_ts"] = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(),
            ["content"] = new JsonObject
            {
                ["msgtype"] = "m.text",
                ["body"] = "!quote",
                ["format"] = "org.matrix.custom.html",
                ["formatted_body"] = "<a href=\"https://matrix.to/#/@room\">@room</a> <b>!help</b>",
            },
        });
        server.Post(room, Member, "!search <img src=x onerror=alert(1)>");

        var replies = await NoticesAsync(room, 2);
        Assert.Equal("$formatted", replies[0].Content["m.relates_to"]?["m.in_reply_to"]?["event_id"]?.GetValue<string>());
        Assert.Contains("— ", replies[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", replies[1].Content["formatted_body"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        Assert.All(replies, r => Assert.Empty(Assert.IsType<JsonObject>(r.Content["m.mentions"])));
        await Task.Delay(300);
        Assert.Equal(2, Notices(room).Count);
    }

    private static string Flag(int choice) => char.ConvertFromUtf32(0x1F1E6 + choice);

    private List<FakeEvent> Notices(string room) => server.SentByBot(room).Where(e => e.Type == "m.room.message").ToList();

    /// <summary>The bot's first <paramref name="count"/> notices in the room, waiting for them (reactions it adds are left out).</summary>
    private async Task<List<FakeEvent>> NoticesAsync(string room, int count)
    {
        for (var seen = server.SentByBot(room).Count; ; seen++)
        {
            if (Notices(room) is { } notices && notices.Count >= count)
            {
                return notices;
            }

            await server.WaitForBotEventsAsync(room, seen + 1);
        }
    }

    /// <summary>The keys of the bot's reactions to <paramref name="eventId"/>, once there are <paramref name="count"/>.</summary>
    private async Task<List<string>> ReactionsAsync(string room, string eventId, int count)
    {
        for (var seen = server.SentByBot(room).Count; ; seen++)
        {
            var keys = server.SentByBot(room)
                .Where(e => e.Type == "m.reaction" && e.Content["m.relates_to"]?["event_id"]?.GetValue<string>() == eventId)
                .Select(e => e.Content["m.relates_to"]!["key"]!.GetValue<string>())
                .ToList();
            if (keys.Count >= count)
            {
                return keys;
            }

            await server.WaitForBotEventsAsync(room, seen + 1);
        }
    }

    private async Task<MatrixTestBot> StartAsync(bool bundledCorpus = false)
    {
        var bot = await MatrixTestBot.StartAsync(server, store, commandFrontDoor: true, bundledCorpus: bundledCorpus);
        await bot.WaitForBaselineAsync();
        return bot;
    }
}
