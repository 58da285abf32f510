using Quartz;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// Keeps one Quartz trigger per active schedule, set to the schedule's next event, in Quartz's persistent
/// store; a fired trigger runs <see cref="ScheduleTickJob"/>.
/// </summary>
/// <remarks>
/// The trigger only says when to look: what is due is computed from the schedule's cursor, so a trigger
/// that fires late, twice, or not at all (the sweeper catches up) never changes what is posted.
/// </remarks>
public sealed class ScheduleTriggers
{
    public const string Group = "studybot-schedules";

    internal const string ScheduleIdKey = "scheduleId";

    public static readonly JobKey TickJob = new("schedule-tick", Group);

    private readonly ISchedulerFactory schedulers;
    private readonly TimeProvider time;

    public ScheduleTriggers(ISchedulerFactory schedulers, TimeProvider time)
    {
        this.schedulers = schedulers;
        this.time = time;
    }

    public static TriggerKey KeyOf(long scheduleId) => new($"schedule-{scheduleId}", Group);

    /// <summary>Points the schedule's trigger at its next event, or removes it when the schedule is not active.</summary>
    public async Task PlanAsync(ScheduleEntity schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var key = KeyOf(schedule.Id);
        if (schedule.State != ScheduleState.Active || schedule.NextEventUtc is not { } next)
        {
            await scheduler.UnscheduleJob(key, cancellationToken).ConfigureAwait(false);
            return;
        }

        var trigger = Build(schedule.Id, next);

        // Rescheduling from inside the firing job is what Quartz expects of a one-shot trigger that plans its successor.
        if (await scheduler.RescheduleJob(key, trigger, cancellationToken).ConfigureAwait(false) is null)
        {
            await scheduler.ScheduleJob(trigger, default, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The one-shot trigger that runs schedule <paramref name="scheduleId"/> at <paramref name="next"/>.</summary>
    internal ITrigger Build(long scheduleId, DateTimeOffset next) =>
        TriggerBuilder.Create(time)
            .WithIdentity(KeyOf(scheduleId))
            .ForJob(TickJob)
            .UsingJobData(ScheduleIdKey, scheduleId)
            .StartAt(next)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    /// <summary>When Quartz will next fire the schedule, or null when it has no trigger.</summary>
    public async Task<DateTimeOffset?> NextFireAsync(long scheduleId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var trigger = await scheduler.GetTrigger(KeyOf(scheduleId), cancellationToken).ConfigureAwait(false);
        return trigger?.NextFireTimeUtc;
    }
}
