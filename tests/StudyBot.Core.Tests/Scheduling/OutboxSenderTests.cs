using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Scheduling;

public sealed class OutboxSenderTests
{
    [Fact]
    public async Task DrainAsync_WhileTheBackgroundSenderIsMidPost_ReturnsOnlyOnceThatPostIsRecordedAsSent()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var posting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var platformAnswers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var poster = new RecordingPoster
        {
            BeforePost = async (_, cancellationToken) =>
            {
                posting.TrySetResult();
                await platformAnswers.Task.WaitAsync(cancellationToken);
            },
        };
        await using var bot = await TestBot.StartAsync(database, time, poster);
        await bot.RunAsync("/excerpt daily terminal 07:30 Europe/Amsterdam");
        time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 5, 30, 0, TimeSpan.Zero));

        // The sweep signals the background sender, which claims the post and waits for the platform.
        await bot.Services.GetRequiredService<ScheduleSweeper>().SweepAsync(CancellationToken.None);
        await posting.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var drain = bot.Services.GetRequiredService<OutboxSender>().DrainAsync(CancellationToken.None);

        // What the store says at the moment the drain returns: a drain that wrongly skips the claimed row returns
        // while the platform has not answered, and finds the row still being sent.
        var statusWhenDrained = drain.ContinueWith(async _ => await StatusAsync(bot), TaskScheduler.Default).Unwrap();
        Assert.Equal(OutboxStatus.Sending, await StatusAsync(bot));
        platformAnswers.SetResult();
        await drain.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(OutboxStatus.Sent, await statusWhenDrained.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Single(poster.Posts);
    }

    [Fact]
    public async Task DrainAsync_WhileOneChannelWaitsForThePlatform_PostsToOtherChannelsAndKeepsEachChannelsOrder()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var otherChannelPosted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var poster = new RecordingPoster
        {
            // The first post to channel a waits, as a rate-limited channel does, until channel b has its post.
            BeforePost = async (key, cancellationToken) =>
            {
                if (key == "a1")
                {
                    await otherChannelPosted.Task.WaitAsync(cancellationToken);
                }
            },
            AfterPost = (key, _) =>
            {
                if (key == "b1")
                {
                    otherChannelPosted.TrySetResult();
                }

                return Task.CompletedTask;
            },
        };
        await using var bot = await TestBot.StartAsync(database, time, poster);
        await using (var db = bot.Db())
        {
            var now = time.GetUtcNow();
            db.Outbox.AddRange(
                Due("a1", "terminal:a", now.AddSeconds(-3)),
                Due("a2", "terminal:a", now.AddSeconds(-2)),
                Due("b1", "terminal:b", now.AddSeconds(-1)));
            await db.SaveChangesAsync();
        }

        // The background sender may have claimed some of them first; the drain returns once every due post went.
        await bot.Services.GetRequiredService<OutboxSender>().DrainAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(["b1", "a1", "a2"], poster.Posts.Select(p => p.Key));

        OutboxPostEntity Due(string key, string channel, DateTimeOffset at) => new()
        {
            OccurrenceKey = key,
            ScheduleId = 1,
            ChannelId = channel,
            ScheduledUtc = at,
            NextAttemptUtc = at,
            Status = OutboxStatus.Pending,
            Content = OutboxContent.Message(RichText.Plain(key), Language.English).ToJson(),
        };
    }

    private static async Task<OutboxStatus> StatusAsync(TestBot bot)
    {
        await using var db = bot.Db();
        return (await db.Outbox.SingleAsync()).Status;
    }
}
