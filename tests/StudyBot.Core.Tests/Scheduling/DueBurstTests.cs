using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using StudyBot.Core.Commands;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Scheduling;

/// <summary>Many schedules due at the same instant: the first firing carries all of them forward.</summary>
public sealed class DueBurstTests
{
    // 07:29:59 in Amsterdam: one second before the daily excerpts.
    private static readonly DateTimeOffset SecondBefore = new(2026, 6, 2, 5, 29, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset Occurrence = new(2026, 6, 2, 5, 30, 0, TimeSpan.Zero);
    private static readonly string[] Channels = ["a", "b", "c"];

    // No sweep during the test, so only a Quartz firing can post.
    private static readonly Dictionary<string, string?> NoSweeps = new() { ["StudyBot:Scheduling:SweepInterval"] = "01:00:00" };

    [Fact]
    public async Task ThreeExcerptsDueTogether_OnlyOneStillHasATrigger_ItsFiringPostsAllThreeOnceAndPlansTheirTriggersForTomorrow()
    {
        await using var database = TestDatabase.Sqlite();
        var clock = new FakeTimeProvider(SecondBefore);
        var poster = new RecordingPoster();
        var allPosted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        poster.AfterPost = (_, _) =>
        {
            if (poster.Posts.Count == Channels.Length)
            {
                allPosted.TrySetResult();
            }

            return Task.CompletedTask;
        };
        await using var bot = await TestBot.StartAsync(database, clock, poster, NoSweeps);
        foreach (var channel in Channels)
        {
            var reply = Assert.IsType<MessageReply>(await bot.RunAsync($"/excerpt daily {channel} 07:30 Europe/Amsterdam"));
            Assert.Equal(ReplyTone.Success, reply.Tone);
        }

        // Schedules 2 and 3 lost their triggers, as when Quartz could not be reached while they were set up.
        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.UnscheduleJobs([ScheduleTriggers.KeyOf(2), ScheduleTriggers.KeyOf(3)]);
        var executions = new ConcurrentQueue<TriggerKey>();
        scheduler.ListenerManager.AddJobListener(new RecordingJobListener(executions));

        clock.Advance(TimeSpan.FromSeconds(1));
        await allPosted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ScheduleTriggers.KeyOf(1), Assert.Single(executions));
        Assert.Equal(Channels.Select(c => "terminal:" + c), poster.Posts.Select(p => p.ChannelId).Order());
        await using var db = bot.Db();
        Assert.All(await db.Outbox.ToListAsync(), row => Assert.Equal(Occurrence, row.ScheduledUtc));
        Assert.Equal(Channels.Length, await db.Outbox.CountAsync());
        var triggers = bot.Services.GetRequiredService<ScheduleTriggers>();
        foreach (var id in new long[] { 1, 2, 3 })
        {
            Assert.Equal(Occurrence.AddDays(1), await triggers.NextFireAsync(id, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Sweep_OneOfThreeDueSchedulesIsBroken_TheOtherTwoArePostedOnceAndTheBrokenOneStaysDue()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(SecondBefore);
        var poster = new RecordingPoster();
        await using var bot = await TestBot.StartAsync(database, time, poster, NoSweeps);
        foreach (var channel in Channels)
        {
            await bot.RunAsync($"/excerpt daily {channel} 07:30 Europe/Amsterdam");
        }

        await using (var db = bot.Db())
        {
            // A zone this machine does not know makes planning the schedule throw.
            await db.Schedules.Where(s => s.Id == 2).ExecuteUpdateAsync(s => s.SetProperty(x => x.TimeZoneId, "Nowhere/Atlantis"));
        }

        time.SetUtcNow(Occurrence);
        await bot.CatchUpAsync();
        await bot.CatchUpAsync();

        Assert.Equal(["terminal:a", "terminal:c"], poster.Posts.Select(p => p.ChannelId).Order());
        await using var after = bot.Db();
        Assert.Equal(["s1:excerpt:20260602T053000Z", "s3:excerpt:20260602T053000Z"], await after.Outbox.OrderBy(o => o.Id).Select(o => o.OccurrenceKey).ToListAsync());
        var broken = await after.Schedules.SingleAsync(s => s.Id == 2);
        Assert.Equal(Occurrence, broken.NextEventUtc);
        Assert.Equal(ScheduleState.Active, broken.State);
    }

    private sealed class RecordingJobListener(ConcurrentQueue<TriggerKey> executions) : IJobListener
    {
        public string Name { get; } = "burst-recorder-" + Guid.NewGuid().ToString("N");

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            executions.Enqueue(context.Trigger.Key);
            return ValueTask.CompletedTask;
        }
    }
}
