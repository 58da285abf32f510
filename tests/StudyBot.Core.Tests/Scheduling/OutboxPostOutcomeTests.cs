using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Posting;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Scheduling;

/// <summary>What the outbox keeps from the platform's answer: the message id of a sent post, the retry-after of a refused one.</summary>
public sealed class OutboxPostOutcomeTests
{
    [Fact]
    public async Task DrainAsync_WhenThePlatformAsksToRetryLater_WaitsThatLongThenStoresTheMessageId()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var refusals = 0;
        var poster = new RecordingPoster
        {
            BeforePost = (_, _) => Interlocked.Increment(ref refusals) == 1
                ? throw new PostFailedException("Rate limited", permanent: false, retryAfter: TimeSpan.FromMinutes(10))
                : Task.CompletedTask,
        };
        await using var bot = await TestBot.StartAsync(database, time, poster);
        await bot.RunAsync("/excerpt daily terminal 07:30 Europe/Amsterdam");
        time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 5, 30, 0, TimeSpan.Zero));
        var refusedAt = time.GetUtcNow();
        var sender = bot.Services.GetRequiredService<OutboxSender>();

        await bot.Services.GetRequiredService<ScheduleSweeper>().SweepAsync(CancellationToken.None);
        await sender.DrainAsync(CancellationToken.None);
        OutboxPostEntity waiting;
        await using (var db = bot.Db())
        {
            waiting = await db.Outbox.AsNoTracking().SingleAsync();
        }

        // The background sender may take the post as well as this drain; either way, a drain returns once it is settled.
        time.Advance(TimeSpan.FromMinutes(9));
        await sender.DrainAsync(CancellationToken.None);
        var attemptsBeforeRetryAfter = poster.Attempts;
        time.Advance(TimeSpan.FromMinutes(1));
        await sender.DrainAsync(CancellationToken.None);

        Assert.Equal((OutboxStatus.Pending, refusedAt + TimeSpan.FromMinutes(10)), (waiting.Status, waiting.NextAttemptUtc));
        Assert.Equal((1, 2), (attemptsBeforeRetryAfter, poster.Attempts));
        await using var read = bot.Db();
        var sent = await read.Outbox.SingleAsync();
        Assert.Equal((OutboxStatus.Sent, "m-" + sent.OccurrenceKey), (sent.Status, sent.PlatformMessageId));
    }
}
