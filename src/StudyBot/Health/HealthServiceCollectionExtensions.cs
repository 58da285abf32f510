using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StudyBot.Health;

internal static class HealthServiceCollectionExtensions
{
    /// <summary>Checks the bot's health a minute after start and every five minutes after, and logs each change (<see cref="HealthReportLog"/>).</summary>
    /// <remarks>
    /// Today one check: <see cref="ScheduleTriggersHealthCheck"/>. The first run waits a minute so that schedules set up or
    /// re-planned at start have their triggers; the period keeps the census (a query and a read of Quartz's trigger
    /// names) cheap next to the schedules it watches.
    /// </remarks>
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ScheduleTriggersHealthCheck>(ScheduleTriggersHealthCheck.Name, HealthStatus.Unhealthy);
        services.AddSingleton<IHealthCheckPublisher, HealthReportLog>();
        services.Configure<HealthCheckPublisherOptions>(o =>
        {
            o.Delay = TimeSpan.FromMinutes(1);
            o.Period = TimeSpan.FromMinutes(5);
        });
        return services;
    }
}
