using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StudyBot.Core.Scheduling;

namespace StudyBot.Health;

/// <summary>
/// Degraded when active schedules have no Quartz trigger: they still post, but only when the sweeper looks, late by up
/// to its interval. Healthy when every one has its trigger.
/// </summary>
internal sealed class ScheduleTriggersHealthCheck : IHealthCheck
{
    public const string Name = "schedule-triggers";

    private readonly ScheduleTriggerCensus census;
    private readonly SchedulingOptions options;

    public ScheduleTriggersHealthCheck(ScheduleTriggerCensus census, IOptions<SchedulingOptions> options)
    {
        this.census = census;
        this.options = options.Value;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counted = await census.TakeAsync(cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object>
        {
            ["schedules"] = counted.Schedules,
            ["triggers"] = counted.Triggers,
            ["untriggered"] = counted.Untriggered,
        };
        return counted.Untriggered == 0
            ? HealthCheckResult.Healthy($"All {counted.Schedules} active schedules have a Quartz trigger.", data)
            : HealthCheckResult.Degraded(
                $"{counted.Untriggered} of {counted.Schedules} active schedules have no Quartz trigger; the sweeper runs them up to {options.SweepInterval} late.",
                data: data);
    }
}
