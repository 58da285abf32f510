using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Platforms;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Matrix.Sending;
using StudyBot.Matrix.Tests.FakeHomeserver;
using StudyBot.Matrix.Tests.TestSupport;

namespace StudyBot.Matrix.Tests.Sending;

/// <summary>A reply survives the bot stopping between claiming the command and confirming the send.</summary>
public sealed class MatrixSenderTests : IAsyncLifetime
{
    private const string Ann = "@ann:fake.test";

    private FakeMatrixServer server = null!;

    public async Task InitializeAsync() => server = await FakeMatrixServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData(FaultKind.StallBeforeHandling)]
    [InlineData(FaultKind.StallAfterHandling)]
    public async Task Reply_BotStopsMidSend_SentOnceAfterRestartOnTheSameDatabase(FaultKind stall)
    {
        await using var database = TestDatabase.Sqlite();
        var room = server.CreateRoomWithBot(Ann);

        // Longer than one stored value (4,000 characters), so the unsent event is kept in several parts.
        var text = string.Concat(Enumerable.Repeat("long reply ", 350)).TrimEnd();
        await using (var first = await MatrixTestBot.StartOnDatabaseAsync(server, database))
        {
            await first.WaitForBaselineAsync();
            server.InjectFault("/send/", stall);
            server.Post(room, Ann, "!echo " + text);
            await server.WaitForStallsAsync(1);
        }

        Assert.Equal(stall == FaultKind.StallAfterHandling ? 1 : 0, server.SentByBot(room).Count);
        await using var second = await MatrixTestBot.StartOnDatabaseAsync(server, database);
        await second.WaitForBaselineAsync();
        await WaitUntilAsync(async () => (await PendingAsync(second)).Count == 0);

        var reply = Assert.Single(server.SentByBot(room));
        Assert.Equal(text, reply.Body);
        Assert.Contains(second.Logs.Lines, l => l.Contains("Sending again 1 Matrix events", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reply_Sent_NothingLeftStored()
    {
        await using var database = TestDatabase.Sqlite();
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await MatrixTestBot.StartOnDatabaseAsync(server, database);
        await bot.WaitForBaselineAsync();

        server.Post(room, Ann, "!echo done");
        await server.WaitForBotEventsAsync(room, 1);

        await WaitUntilAsync(async () => (await PendingAsync(bot)).Count == 0);
        await Task.Delay(300);
        Assert.Single(server.SentByBot(room));
    }

    private static Task<IReadOnlyList<KeyValuePair<string, string>>> PendingAsync(MatrixTestBot bot) =>
        bot.Services.GetRequiredService<IPlatformStateScan>().GetByPrefixAsync(OutgoingEvents.Prefix, CancellationToken.None);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 400 && !await condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(await condition(), "The condition did not come true within 20 s.");
    }
}
