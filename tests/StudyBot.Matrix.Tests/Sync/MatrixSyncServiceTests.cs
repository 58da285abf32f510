using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Matrix.Sync;
using StudyBot.Matrix.Session;
using StudyBot.Matrix.Tests.FakeHomeserver;
using StudyBot.Matrix.Tests.TestSupport;

namespace StudyBot.Matrix.Tests.Sync;

/// <summary>The real client against the fake homeserver: rooms, catch-up, gaps, bad input and faults.</summary>
public sealed class MatrixSyncServiceTests : IAsyncLifetime
{
    private const string Ann = "@ann:fake.test";
    private const string Stranger = "@eve:elsewhere.test";

    private readonly InMemoryPlatformStateStore store = new();
    private FakeMatrixServer server = null!;

    public async Task InitializeAsync() => server = await FakeMatrixServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Invite_FromAllowedServer_JoinsAndAnswersCommands()
    {
        await using var bot = await StartBotAsync();
        var room = server.CreateRoom(Ann);
        server.Invite(room, Ann);
        await server.WaitForBotMembershipAsync(room, "join");
        var command = server.Post(room, Ann, "!echo hello @room");

        var reply = Assert.Single(await server.WaitForBotEventsAsync(room, 1));
        Assert.Equal("m.notice", reply.Content["msgtype"]!.GetValue<string>());
        Assert.Equal("hello @\u2060room", reply.Body);
        Assert.Contains("hello @\u2060room", reply.Content["formatted_body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(command, reply.Content["m.relates_to"]!["m.in_reply_to"]!["event_id"]!.GetValue<string>());
        Assert.Empty(reply.Content["m.mentions"]!.AsObject());
    }

    [Theory]
    [InlineData(false, false, Stranger, "operator allowed")]
    [InlineData(true, false, Ann, "encrypted")]
    [InlineData(false, true, Ann, "spaces")]
    public async Task Invite_NotServable_DeclinedWithReason(bool encrypted, bool space, string inviter, string reasonPart)
    {
        await using var bot = await StartBotAsync();
        var room = server.CreateRoom(inviter, encrypted: encrypted, space: space);
        server.Invite(room, inviter);

        await server.WaitForBotMembershipAsync(room, "leave");
        var leave = server.SentByBotState(room)[^1];
        Assert.Contains(reasonPart, leave.Content["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(server.SentByBot(room));
    }

    [Fact]
    public async Task FirstSync_CommandsFromBefore_NotRun()
    {
        var room = server.CreateRoomWithBot(Ann);
        var old = server.Post(room, Ann, "!echo from before the bot started");
        await using var bot = await StartBotAsync();

        server.Post(room, Ann, "!echo now");

        var reply = Assert.Single(await server.WaitForBotEventsAsync(room, 1));
        Assert.Equal("now", reply.Body);
        Assert.Equal(0, bot.Handled.CountOf(old));
    }

    [Fact]
    public async Task Restart_RecentCommandsWhileAway_RunOnceAndOldOnesSkipped()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using (var first = await StartBotAsync())
        {
            server.Post(room, Ann, "!echo one");
            await server.WaitForBotEventsAsync(room, 1);
        }

        server.Post(room, Ann, "!echo too old", sentAt: TimeProvider.System.GetUtcNow().AddMinutes(-30));
        server.Post(room, Ann, "!echo while away");
        await using var second = await StartBotAsync();
        server.Post(room, Ann, "!echo after restart");

        var sent = await server.WaitForBotEventsAsync(room, 3);
        await Task.Delay(300);
        Assert.Equal(["one", "while away", "after restart"], server.SentByBot(room).Select(e => e.Body));
        Assert.Equal(1, server.LoginCount);
    }

    [Fact]
    public async Task Restart_MoreMissedThanTimelineLimit_GapFilledAndAllRun()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using (var first = await StartBotAsync())
        {
        }

        for (var i = 0; i < 80; i++)
        {
            server.Post(room, Ann, i % 10 == 0 ? $"!echo missed {i}" : $"chatter {i}");
        }

        await using var second = await StartBotAsync();

        var sent = await server.WaitForBotEventsAsync(room, 8);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"missed {i * 10}"), sent.Select(e => e.Body));
        Assert.Contains(second.Logs.Lines, l => l.Contains("Filled a gap", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Timeline_BadAndForeignEvents_IgnoredAndLoopGoesOn()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();

        server.AppendRaw(room, new JsonObject { ["event_id"] = "$no-type", ["sender"] = Ann, ["content"] = new JsonObject { ["body"] = "!echo x" } });
        server.AppendRaw(room, new JsonObject { ["event_id"] = "$bad-content", ["type"] = "m.room.message", ["sender"] = Ann, ["content"] = "text" });
        server.AppendRaw(room, new JsonObject { ["event_id"] = 42, ["type"] = 7, ["sender"] = new JsonArray(), ["origin_server_ts"] = "soon" });
        server.AppendRaw(room, JsonValue.Create("not an object")!);
        var huge = server.Post(room, Ann, "!echo " + new string('x', 70_000));
        var notice = server.Post(room, "@otherbot:fake.test", "!echo from a bot", msgtype: "m.notice");
        var edit = server.Post(room, Ann, "!echo edited", relatesTo: new JsonObject { ["rel_type"] = "m.replace", ["event_id"] = huge });
        var own = server.PostAsBot(room, "!echo myself");
        server.Post(room, Ann, "!echo still alive");

        var sent = await server.WaitForBotEventsAsync(room, 2);
        Assert.Equal(["!echo myself", "still alive"], sent.Select(e => e.Body));
        Assert.All(new[] { huge, notice, edit, own }, id => Assert.Equal(0, bot.Handled.CountOf(id)));
    }

    [Fact]
    public async Task Batch_MalformedSectionsAndEventsMissingFields_IgnoredAndTheGoodRoomServed()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        JsonObject Event(string id, string type, JsonObject content) =>
            new() { ["event_id"] = id, ["type"] = type, ["sender"] = Ann, ["origin_server_ts"] = now, ["content"] = content };
        var batch = new JsonObject
        {
            ["next_batch"] = "s0",
            ["rooms"] = new JsonObject
            {
                ["invite"] = new JsonArray(),
                ["leave"] = 5,
                ["join"] = new JsonObject
                {
                    ["!text:fake.test"] = "not a room",
                    ["!events-not-a-list:fake.test"] = new JsonObject { ["timeline"] = new JsonObject { ["events"] = "nope", ["limited"] = "yes" } },
                    [room] = new JsonObject
                    {
                        ["state_after"] = new JsonObject { ["events"] = new JsonArray(Event("$pl", "m.room.power_levels", new JsonObject { ["users"] = "everyone" })) },
                        ["timeline"] = new JsonObject
                        {
                            ["events"] = new JsonArray(
                                Event("$no-body", "m.room.message", new JsonObject { ["msgtype"] = "m.text" }),
                                Event("$no-key", "m.reaction", new JsonObject { ["m.relates_to"] = new JsonObject { ["rel_type"] = "m.annotation", ["event_id"] = "$x" } }),
                                Event("$no-target", "m.room.redaction", new JsonObject()),
                                Event("$good", "m.room.message", new JsonObject { ["msgtype"] = "m.text", ["body"] = "!echo still served" })),
                        },
                    },
                },
            },
        };

        using var document = JsonDocument.Parse(batch.ToJsonString());
        await bot.Services.GetRequiredService<SyncBatchHandler>().HandleAsync(document.RootElement, baseline: false, CancellationToken.None);

        Assert.Equal("still served", Assert.Single(await server.WaitForBotEventsAsync(room, 1)).Body);
        Assert.Equal(["$good"], bot.Handled.All.Select(e => e.Event.EventId));
    }

    [Fact]
    public async Task Event_HandlerKeepsFailing_SkippedAfterConfiguredTries()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync(new() { ["EventAttempts"] = "3" });

        var failing = server.Post(room, Ann, "!fail");
        server.Post(room, Ann, "!echo next");

        var reply = Assert.Single(await server.WaitForBotEventsAsync(room, 1));
        Assert.Equal("next", reply.Body);
        Assert.Equal(3, bot.Handled.CountOf(failing));
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"Event {failing}", StringComparison.Ordinal) && l.Contains("skipped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_InThread_AnsweredInsideTheThread()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();
        var root = server.Post(room, Ann, "reading notes");

        var command = server.Post(room, Ann, "!echo in thread", relatesTo: new JsonObject
        {
            ["rel_type"] = "m.thread",
            ["event_id"] = root,
            ["is_falling_back"] = true,
            ["m.in_reply_to"] = new JsonObject { ["event_id"] = root },
        });

        var relation = Assert.Single(await server.WaitForBotEventsAsync(room, 1)).Content["m.relates_to"]!;
        Assert.Equal("m.thread", relation["rel_type"]!.GetValue<string>());
        Assert.Equal(root, relation["event_id"]!.GetValue<string>());
        Assert.Equal(command, relation["m.in_reply_to"]!["event_id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("kick", "Kicked")]
    [InlineData("ban", "Banned")]
    public async Task Membership_BotRemoved_ReportedToLifecycle(string how, string departure)
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();
        Assert.Contains($"Joined {room}", bot.Lifecycle.Changes);

        if (how == "kick")
        {
            server.Kick(room, Ann);
        }
        else
        {
            server.Ban(room, Ann);
        }

        await WaitUntilAsync(() => bot.Lifecycle.Changes.Contains($"{departure} {room}"));
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"Out of room {room}: {departure} by {Ann}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tombstone_JoinsSuccessorAndReportsIt()
    {
        var room = server.CreateRoomWithBot(Ann);
        var successor = server.CreateRoom(Ann, version: "12");
        await using var bot = await StartBotAsync();

        server.Tombstone(room, Ann, successor);

        await server.WaitForBotMembershipAsync(successor, "join");
        await WaitUntilAsync(() => bot.Lifecycle.Changes.Contains($"Replaced {room} by {successor}"));
    }

    [Fact]
    public async Task JoinedRoom_BecomesEncrypted_SaysSoAndLeaves()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await StartBotAsync();

        server.EnableEncryption(room, Ann);

        await server.WaitForBotMembershipAsync(room, "leave");
        Assert.Contains("encrypted", Assert.Single(server.SentByBot(room)).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sync_StateAfter_UsedOnlyWhenOffered(bool offered)
    {
        server.OffersStateAfter = offered;
        var room = server.CreateRoomWithBot(Ann, powerLevels: new() { [Ann] = 100 });
        await using var bot = await StartBotAsync();

        server.SetPowerLevels(room, Ann, new() { [Ann] = 100, ["@bob:fake.test"] = 50 });
        server.Post(room, Ann, "!echo sync");
        await server.WaitForBotEventsAsync(room, 1);

        Assert.Equal(offered, server.LastSyncUsedStateAfter);
        Assert.True(bot.Rooms.Find(room)!.IsModerator("@bob:fake.test", null));
        Assert.Contains("2000", server.SyncTimeouts);
        Assert.Equal("0", server.SyncTimeouts[0]);
    }

    private Task<MatrixTestBot> StartBotAsync(Dictionary<string, string?>? settings = null) =>
        StartAndWaitAsync(settings);

    private async Task<MatrixTestBot> StartAndWaitAsync(Dictionary<string, string?>? settings)
    {
        var bot = await MatrixTestBot.StartAsync(server, store, settings: settings);
        await bot.WaitForBaselineAsync();
        await WaitUntilAsync(() => store.Values.ContainsKey(MatrixStateKeys.Since) && server.SyncTimeouts.Count > 0);
        return bot;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "The condition did not come true within 20 s.");
    }
}
