using StudyBot.Matrix.Tests.FakeHomeserver;
using StudyBot.Matrix.Tests.TestSupport;

namespace StudyBot.Matrix.Tests.Sync;

public sealed class MatrixSyncServiceTests
{
    private const string Ann = "@ann:fake.test";

    [Fact]
    public async Task Invite_FromAllowedServer_JoinsAndAnswersCommands()
    {
        await using var server = await FakeMatrixServer.StartAsync();
        var store = new InMemoryPlatformStateStore();
        await using var bot = await MatrixTestBot.StartAsync(server, store);
        await bot.WaitForBaselineAsync(store);

        var room = server.CreateRoom(Ann);
        server.Invite(room, Ann);
        await server.WaitForBotMembershipAsync(room, "join");
        var command = server.Post(room, Ann, "!echo hello @room");

        var sent = await server.WaitForBotEventsAsync(room, 1);
        var reply = Assert.Single(sent);
        Assert.Equal("m.notice", reply.Content["msgtype"]!.GetValue<string>());
        Assert.Equal("hello @\u2060room", reply.Body);
        Assert.Equal(command, reply.Content["m.relates_to"]!["m.in_reply_to"]!["event_id"]!.GetValue<string>());
        Assert.Empty(reply.Content["m.mentions"]!.AsObject());
    }
}
