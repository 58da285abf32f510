using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using StudyBot.Core.Commands;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Tests.Corpus;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Scheduling;

/// <summary>Real Quartz on SQLite: the schedules stored against the triggers Quartz finds for them.</summary>
public sealed class ScheduleTriggerCensusTests
{
    private static readonly DateTimeOffset Morning = new(2026, 6, 2, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TakeAsync_EveryScheduleHasItsTrigger_NoneUntriggered()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Morning), new RecordingPoster());
        await SetUpExcerptsAsync(bot);

        var census = await bot.Services.GetRequiredService<ScheduleTriggerCensus>().TakeAsync(CancellationToken.None);

        Assert.Equal(new TriggerCensus(2, 2, 0), census);
    }

    [Fact]
    public async Task TakeAsync_OneTriggerRemoved_CountsItsScheduleUntriggered()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await TestBot.StartAsync(database, new FakeTimeProvider(Morning), new RecordingPoster());
        await SetUpExcerptsAsync(bot);
        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.True(await scheduler.UnscheduleJob(ScheduleTriggers.KeyOf(1)));

        var census = await bot.Services.GetRequiredService<ScheduleTriggerCensus>().TakeAsync(CancellationToken.None);

        Assert.Equal(new TriggerCensus(2, 1, 1), census);
    }

    [Fact]
    public async Task Start_TriggersLostWhileStopped_WarnsThatTheSchedulesHaveNone()
    {
        await using var database = TestDatabase.Sqlite();
        await using (var first = await TestBot.StartAsync(database, new FakeTimeProvider(Morning), new RecordingPoster()))
        {
            await SetUpExcerptsAsync(first);
            var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.UnscheduleJobs([ScheduleTriggers.KeyOf(1), ScheduleTriggers.KeyOf(2)]);
        }

        var logger = new RecordingLogger<TriggerCensusAtStart>();
        await using var second = await TestBot.StartAsync(
            database, new FakeTimeProvider(Morning), new RecordingPoster(), frontDoor: (services, _) => services.AddSingleton<ILogger<TriggerCensusAtStart>>(logger));

        await LoggedAsync(logger);
        var (level, message) = Assert.Single(Entries(logger));
        Assert.Equal(LogLevel.Warning, level);
        Assert.Equal("Quartz loaded 0 schedule triggers for 2 active schedules; 2 have none and run only when the sweeper looks, late", message);
    }

    [Fact]
    public async Task Start_EveryScheduleHasItsTrigger_LogsTheCountsAsInformation()
    {
        await using var database = TestDatabase.Sqlite();
        await using (var first = await TestBot.StartAsync(database, new FakeTimeProvider(Morning), new RecordingPoster()))
        {
            await SetUpExcerptsAsync(first);
        }

        var logger = new RecordingLogger<TriggerCensusAtStart>();
        await using var second = await TestBot.StartAsync(
            database, new FakeTimeProvider(Morning), new RecordingPoster(), frontDoor: (services, _) => services.AddSingleton<ILogger<TriggerCensusAtStart>>(logger));

        await LoggedAsync(logger);
        Assert.Equal((LogLevel.Information, "Quartz loaded 2 schedule triggers for 2 active schedules"), Assert.Single(Entries(logger)));
    }

    /// <summary>Waits for the census, which is logged after the host has started, off the start.</summary>
    private static async Task LoggedAsync(RecordingLogger<TriggerCensusAtStart> logger)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (Entries(logger).Length == 0)
        {
            await Task.Delay(20, patience.Token);
        }
    }

    private static (LogLevel Level, string Message)[] Entries(RecordingLogger<TriggerCensusAtStart> logger)
    {
        lock (logger.Entries)
        {
            return [.. logger.Entries];
        }
    }

    private static async Task SetUpExcerptsAsync(TestBot bot)
    {
        foreach (var line in new[] { "/excerpt daily room-a 07:30 Europe/Amsterdam", "/excerpt daily room-b 08:00 Europe/Amsterdam" })
        {
            var reply = Assert.IsType<MessageReply>(await bot.RunAsync(line));
            Assert.Equal(ReplyTone.Success, reply.Tone);
        }
    }
}
