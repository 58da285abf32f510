using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

        // Give a drain that wrongly skips the claimed row the chance to return before the platform answers.
        await Task.WhenAny(drain, Task.Delay(200));
        platformAnswers.SetResult();
        await drain.WaitAsync(TimeSpan.FromSeconds(20));

        await using var db = bot.Db();
        Assert.Equal(OutboxStatus.Sent, (await db.Outbox.SingleAsync()).Status);
        Assert.Single(poster.Posts);
    }
}
