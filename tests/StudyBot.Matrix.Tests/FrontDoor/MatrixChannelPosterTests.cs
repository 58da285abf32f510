using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Posting;
using StudyBot.Matrix.FrontDoor;
using StudyBot.Matrix.Sending;
using StudyBot.Matrix.Tests.FakeHomeserver;
using StudyBot.Matrix.Tests.TestSupport;

namespace StudyBot.Matrix.Tests.FrontDoor;

public sealed class MatrixChannelPosterTests : IAsyncLifetime
{
    private const string Ann = "@ann:fake.test";

    private readonly InMemoryPlatformStateStore store = new();
    private FakeMatrixServer server = null!;

    public async Task InitializeAsync() => server = await FakeMatrixServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task PostAsync_SameOccurrenceTwiceThroughFaults_PostedOnce()
    {
        var room = server.CreateRoomWithBot(Ann);
        await using var bot = await MatrixTestBot.StartAsync(server, store);
        await bot.WaitForBaselineAsync(store);
        var poster = new MatrixChannelPoster(bot.Services.GetRequiredService<MatrixSender>());
        server.InjectFault("/send/", FaultKind.DropAfterHandling);

        var excerpt = new QuoteReply("Workers of the world, @room", new Attribution("Manifesto", null, null, null));
        await poster.PostAsync("matrix:" + room, excerpt, "excerpt:42:2026-12-01", CancellationToken.None);
        await poster.PostAsync("matrix:" + room, excerpt, "excerpt:42:2026-12-01", CancellationToken.None);

        var post = Assert.Single(server.SentByBot(room));
        Assert.Contains("@\u2060room", post.Body, StringComparison.Ordinal);
        Assert.Null(post.Content["m.relates_to"]);
    }

    [Fact]
    public async Task PostAsync_RoomTheBotLeft_PermanentFailure()
    {
        var room = server.CreateRoom(Ann);
        await using var bot = await MatrixTestBot.StartAsync(server, store);
        await bot.WaitForBaselineAsync(store);
        var poster = new MatrixChannelPoster(bot.Services.GetRequiredService<MatrixSender>());

        var failure = await Assert.ThrowsAsync<PostFailedException>(() =>
            poster.PostAsync("matrix:" + room, new MessageReply("Reminder"), "circle:1:2026-12-01", CancellationToken.None));

        Assert.True(failure.Permanent);
    }
}
