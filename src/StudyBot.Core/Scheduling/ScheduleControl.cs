using Microsoft.Extensions.Logging;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// What moderator commands do to a schedule: create it, pause, resume and stop it, and point its Quartz
/// trigger at the result once it is saved.
/// </summary>
public sealed partial class ScheduleControl
{
    private readonly OccurrencePlanner planner;
    private readonly ScheduleTriggers triggers;
    private readonly TimeProvider time;
    private readonly ILogger<ScheduleControl> logger;

    public ScheduleControl(OccurrencePlanner planner, ScheduleTriggers triggers, TimeProvider time, ILogger<ScheduleControl> logger)
    {
        this.planner = planner;
        this.triggers = triggers;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>A new active schedule that starts counting from now (nothing before now is posted).</summary>
    public ScheduleEntity Create(ScheduleKind kind, string communityId, string channelId, SchedulePattern pattern, string timeZoneId, IEnumerable<TimeSpan> reminderOffsets)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var now = time.GetUtcNow();
        var schedule = new ScheduleEntity
        {
            Kind = kind,
            CommunityId = communityId,
            ChannelId = channelId,
            Cron = pattern.Cron,
            Description = pattern.Description,
            TimeZoneId = timeZoneId,
            ReminderOffsets = ReminderOffsets.Store(reminderOffsets),
            CursorUtc = now,
            State = ScheduleState.Active,
        };
        schedule.NextEventUtc = planner.NextEventAfter(schedule, now);
        return schedule;
    }

    public void Pause(ScheduleEntity schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        schedule.State = ScheduleState.Paused;
        schedule.NextEventUtc = null;
        schedule.Revision++;
    }

    /// <summary>Resumes from now: what fell due while paused is not posted.</summary>
    public void Resume(ScheduleEntity schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var now = time.GetUtcNow();
        schedule.State = ScheduleState.Active;
        schedule.PauseReason = null;
        schedule.CursorUtc = now;
        schedule.NextEventUtc = planner.NextEventAfter(schedule, now);
        schedule.Revision++;
    }

    public void Stop(ScheduleEntity schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        schedule.State = ScheduleState.Stopped;
        schedule.NextEventUtc = null;
        schedule.Revision++;
    }

    /// <summary>
    /// Points the trigger at the saved schedule. If this fails the change is still saved and the sweeper
    /// runs the schedule when due, so a moderator's command never half-applies.
    /// </summary>
    public async Task ApplyAsync(ScheduleEntity schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        try
        {
            await triggers.PlanAsync([schedule], cancellationToken).ConfigureAwait(false);
        }
        catch (Quartz.SchedulerException failure)
        {
            LogTriggerFailed(failure, schedule.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not plan the Quartz trigger of schedule {ScheduleId}; the sweeper will run it")]
    private partial void LogTriggerFailed(Exception exception, long scheduleId);
}
