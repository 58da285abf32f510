using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;
using StudyBot.Core.Commands;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Scheduling;

/// <summary>Real Quartz: a stored trigger fires on its own clock, runs the schedule and plans the next occurrence.</summary>
public sealed class QuartzFiringTests
{
    // 07:29:59 in Amsterdam: one second before the daily excerpt.
    private static readonly DateTimeOffset SecondBefore = new(2026, 6, 2, 5, 29, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset Occurrence = new(2026, 6, 2, 5, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NextOccurrence = Occurrence.AddDays(1);

    [Fact]
    public async Task DailyExcerpt_TriggerDueInASecond_QuartzFiresItPostsOnceAndPlansTomorrow()
    {
        await using var database = TestDatabase.Sqlite();
        var clock = new FakeTimeProvider(SecondBefore);
        var poster = new RecordingPoster();
        var delivered = DeliveryOf(poster);
        await using var bot = await TestBot.StartAsync(database, clock, poster);
        var executions = await ListenAsync(bot);
        await SetUpExcerptAsync(bot);

        clock.Advance(TimeSpan.FromSeconds(1));
        // Quartz tells its listeners after the job returns, which can be after the post arrived.
        await Task.WhenAll(delivered, executions.First).WaitAsync(TimeSpan.FromSeconds(30));

        var fired = Assert.Single(executions.All);
        Assert.Equal(ScheduleTriggers.KeyOf(1), fired.Trigger);
        Assert.Null(fired.Failure);
        Assert.False(Assert.IsType<QuoteReply>(Assert.Single(poster.Posts).Reply).Late);
        Assert.Equal(NextOccurrence, await bot.Services.GetRequiredService<ScheduleTriggers>().NextFireAsync(1, CancellationToken.None));
    }

    [PostgresFact]
    public async Task DailyExcerpt_TwoInstancesOnPostgres_TheClusterFiresTheStoredTriggerOnceAndBothSeeTomorrowsTrigger()
    {
        await using var database = await TestDatabase.PostgresAsync();
        var clock = new FakeTimeProvider(SecondBefore);
        var poster = new RecordingPoster();
        var delivered = DeliveryOf(poster);
        await using var first = await TestBot.StartAsync(database, clock, poster);
        await using var second = await TestBot.StartAsync(database, clock, poster);
        var executions = await ListenAsync(first);
        await ListenAsync(second, executions);
        await SetUpExcerptAsync(first);

        clock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(delivered, executions.First).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(executions.All);
        Assert.Single(poster.Posts);
        Assert.Equal(NextOccurrence, await second.Services.GetRequiredService<ScheduleTriggers>().NextFireAsync(1, CancellationToken.None));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'schedule-1'"));
        Assert.Equal(2L, await ScalarAsync(connection, "SELECT count(DISTINCT instance_name) FROM qrtz_scheduler_state"));
    }

    private static Task DeliveryOf(RecordingPoster poster)
    {
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        poster.AfterPost = (_, _) =>
        {
            delivered.TrySetResult();
            return Task.CompletedTask;
        };
        return delivered.Task;
    }

    private static async Task SetUpExcerptAsync(TestBot bot)
    {
        var reply = Assert.IsType<MessageReply>(await bot.RunAsync("/excerpt daily terminal 07:30 Europe/Amsterdam"));
        Assert.Equal(ReplyTone.Success, reply.Tone);
        Assert.Equal(Occurrence, await bot.Services.GetRequiredService<ScheduleTriggers>().NextFireAsync(1, CancellationToken.None));
    }

    private static async Task<JobRuns> ListenAsync(TestBot bot, JobRuns? runs = null)
    {
        runs ??= new JobRuns();
        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(new RecordingJobListener(runs));
        return runs;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed record JobRun(TriggerKey Trigger, Exception? Failure);

    private sealed class JobRuns
    {
        private readonly TaskCompletionSource first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<JobRun> All { get; } = new();

        /// <summary>Completes when a listener heard of the first run.</summary>
        public Task First => first.Task;

        public void Add(JobRun run)
        {
            All.Enqueue(run);
            first.TrySetResult();
        }
    }

    private sealed class RecordingJobListener(JobRuns runs) : IJobListener
    {
        public string Name { get; } = "test-recorder-" + Guid.NewGuid().ToString("N");

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            runs.Add(new JobRun(context.Trigger.Key, jobException));
            return ValueTask.CompletedTask;
        }
    }
}
