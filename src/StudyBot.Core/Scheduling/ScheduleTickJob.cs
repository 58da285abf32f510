using Quartz;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// The Quartz job behind every schedule trigger: runs the schedule whose id the trigger carries, and with it
/// every schedule that is due.
/// </summary>
/// <remarks>
/// When many schedules fall due at the same instant, the first trigger to fire carries all of them forward a
/// batch per transaction and re-plans their triggers, so the rest do not fire one by one for a write each.
/// </remarks>
public sealed class ScheduleTickJob : IJob
{
    private readonly ScheduleRunner runner;

    public ScheduleTickJob(ScheduleRunner runner)
    {
        this.runner = runner;
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scheduleId = context.MergedJobDataMap.GetLong(ScheduleTriggers.ScheduleIdKey);
        await runner.RunFiredAsync(scheduleId, cancellationToken).ConfigureAwait(false);
    }
}
