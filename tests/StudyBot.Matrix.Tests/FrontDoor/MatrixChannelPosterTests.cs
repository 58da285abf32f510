using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
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
        await bot.WaitForBaselineAsync();
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
    public async Task PostAsync_BurstToOneRoom_PacedWhileAnotherRoomGetsItsPostAtOnce()
    {
        var busy = server.CreateRoomWithBot(Ann);
        var quiet = server.CreateRoomWithBot(Ann);
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var bot = await MatrixTestBot.StartAsync(server, store, time: clock, settings: new Dictionary<string, string?> { ["ScheduledPostInterval"] = "00:00:10" });
        await bot.WaitForBaselineAsync();
        var poster = new MatrixChannelPoster(bot.Services.GetRequiredService<MatrixSender>());

        var posts = new[] { ("1", busy), ("2", busy), ("3", busy), ("q", quiet) }
            .Select(p => poster.PostAsync("matrix:" + p.Item2, new MessageReply("post " + p.Item1), "excerpt:" + p.Item1, CancellationToken.None))
            .ToList();
        await server.WaitForBotEventsAsync(busy, 1);
        await server.WaitForBotEventsAsync(quiet, 1);
        await Task.Delay(300);
        var beforeTheInterval = server.SentByBot(busy).Count;
        clock.Advance(TimeSpan.FromSeconds(10));
        await server.WaitForBotEventsAsync(busy, 2);
        await Task.Delay(300);
        var afterOneInterval = server.SentByBot(busy).Count;
        clock.Advance(TimeSpan.FromSeconds(10));
        await Task.WhenAll(posts);

        Assert.Equal((1, 2), (beforeTheInterval, afterOneInterval));
        Assert.Equal(["post 1", "post 2", "post 3"], server.SentByBot(busy).Select(e => e.Body));
    }

    [Fact]
    public async Task PostAsync_RoomTheBotLeft_PermanentFailure()
    {
        var room = server.CreateRoom(Ann);
        await using var bot = await MatrixTestBot.StartAsync(server, store);
        await bot.WaitForBaselineAsync();
        var poster = new MatrixChannelPoster(bot.Services.GetRequiredService<MatrixSender>());

        var failure = await Assert.ThrowsAsync<PostFailedException>(() =>
            poster.PostAsync("matrix:" + room, new MessageReply("Reminder"), "circle:1:2026-12-01", CancellationToken.None));

        Assert.True(failure.Permanent);
    }
}
