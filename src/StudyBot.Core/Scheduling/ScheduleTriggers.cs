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

    /// <summary>
    /// Points each schedule's trigger at its next event, or removes it when the schedule is not active, in
    /// one Quartz call for all that have a next event and one for the rest.
    /// </summary>
    public async Task PlanAsync(IReadOnlyCollection<ScheduleEntity> schedules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var ended = schedules.Where(s => s.State != ScheduleState.Active || s.NextEventUtc is null).Select(s => KeyOf(s.Id)).ToArray();
        if (ended.Length > 0)
        {
            await scheduler.UnscheduleJobs(ended, cancellationToken).ConfigureAwait(false);
        }

        var next = schedules.Where(s => s.State == ScheduleState.Active && s.NextEventUtc is not null).Select(s => Build(s.Id, s.NextEventUtc!.Value)).ToArray();
        if (next.Length > 0)
        {
            // Stored over the old triggers, also over one whose firing is running this: Quartz then keeps the
            // re-planned trigger instead of deleting the spent one-shot when the job completes.
            var job = await scheduler.GetJobDetail(TickJob, cancellationToken).ConfigureAwait(false)
                ?? throw new SchedulerException($"The Quartz job {TickJob} that runs schedules is not stored.");
            await scheduler.ScheduleJob(job, next, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
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
