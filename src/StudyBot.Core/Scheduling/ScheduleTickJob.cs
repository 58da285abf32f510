using Quartz;

namespace StudyBot.Core.Scheduling;

/// <summary>The Quartz job behind every schedule trigger: runs the schedule whose id the trigger carries.</summary>
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
        await runner.RunAsync(scheduleId, cancellationToken).ConfigureAwait(false);
    }
}
