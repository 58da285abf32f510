using StudyBot.Matrix.Tests.FakeHomeserver;
using StudyBot.Matrix.Tests.TestSupport;

namespace StudyBot.Matrix.Tests.FrontDoor;

/// <summary>The <c>!command</c> front door on the core's dispatcher, end to end against the fake homeserver.</summary>
public sealed class MatrixCommandHandlerTests : IAsyncLifetime
{
    private const string Mod = "@mod:fake.test";
    private const string Member = "@member:fake.test";

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
        server.Post(room, Mod, "!pin");

        var replies = await server.WaitForBotEventsAsync(room, 2);
        Assert.Contains("for moderators", replies[0].Body, StringComparison.Ordinal);
        Assert.Equal("Pinned.", replies[1].Body);
    }

    [Fact]
    public async Task Help_ListsCommandsAndUnknownCommandNamed()
    {
        var room = server.CreateRoomWithBot(Mod);
        await using var bot = await StartAsync();

        server.Post(room, Member, "> <@mod:fake.test> earlier message\n\n!help");
        server.Post(room, Member, "!nosuch");
        server.Post(room, Member, "just chatting about !help");

        var replies = await server.WaitForBotEventsAsync(room, 2);
        Assert.Contains("/pin", replies[0].Body, StringComparison.Ordinal);
        Assert.Contains("Unknown command '/nosuch'", replies[1].Body, StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Equal(2, server.SentByBot(room).Count);
    }

    private async Task<MatrixTestBot> StartAsync()
    {
        var bot = await MatrixTestBot.StartAsync(server, store, commandFrontDoor: true);
        await bot.WaitForBaselineAsync(store);
        return bot;
    }
}
