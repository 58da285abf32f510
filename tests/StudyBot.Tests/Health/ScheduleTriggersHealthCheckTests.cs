using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using StudyBot.Core.Commands;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Health;

namespace StudyBot.Tests.Health;

/// <summary>The bot's health as the host registers it, on real Quartz and SQLite.</summary>
public sealed class ScheduleTriggersHealthCheckTests
{
    private static readonly DateTimeOffset Morning = new(2026, 6, 2, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CheckHealth_EveryScheduleHasItsTrigger_Healthy()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await StartAsync(database);
        await SetUpExcerptAsync(bot);

        var report = await bot.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries[ScheduleTriggersHealthCheck.Name];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("All 1 active schedules have a Quartz trigger.", entry.Description);
    }

    [Fact]
    public async Task CheckHealth_AScheduleLostItsTrigger_DegradedSayingHowManyAndHowLate()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await StartAsync(database);
        await SetUpExcerptAsync(bot);
        var scheduler = await bot.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.UnscheduleJob(ScheduleTriggers.KeyOf(1));

        var report = await bot.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Degraded, report.Status);
        var entry = report.Entries[ScheduleTriggersHealthCheck.Name];
        Assert.Equal("1 of 1 active schedules have no Quartz trigger; the sweeper runs them up to 00:01:00 late.", entry.Description);
        Assert.Equal(1, entry.Data["untriggered"]);
    }

    private static Task<TestBot> StartAsync(TestDatabase database) =>
        TestBot.StartAsync(database, new FakeTimeProvider(Morning), new RecordingPoster(), frontDoor: (services, _) => services.AddHealth());

    private static async Task SetUpExcerptAsync(TestBot bot)
    {
        var reply = Assert.IsType<MessageReply>(await bot.RunAsync("/excerpt daily room-a 07:30 Europe/Amsterdam"));
        Assert.Equal(ReplyTone.Success, reply.Tone);
    }
}
