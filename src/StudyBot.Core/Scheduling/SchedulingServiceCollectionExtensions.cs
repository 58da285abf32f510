using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the clock: Quartz with its persistent store in StudyBot's database (tables created on first
    /// start; clustered on PostgreSQL so several instances fire each trigger once), the schedule runner and
    /// sweeper, the outbox sender that posts through every registered <see cref="Posting.IChannelPoster"/>, and what
    /// front doors call about places: <see cref="PlaceSchedules"/> and the <see cref="Posting.ChannelAccessCheck"/>
    /// over every registered <see cref="Posting.IChannelAccess"/>; and the <see cref="ScheduleTriggerCensus"/>, logged once
    /// the host has started.
    /// </summary>
    /// <remarks>
    /// Needs <c>AddStorage</c> first (hosted services start in order, and Quartz must find an upgraded
    /// database) and an <see cref="IScheduleHandler"/> per schedule kind (<c>AddReadingCircles</c>,
    /// <c>AddExcerpts</c>). Uses the <see cref="TimeProvider"/> instance registered before this call (the system clock otherwise), for
    /// Quartz as well, so tests can move time.
    /// </remarks>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OccurrencePlanner>();
        services.TryAddSingleton<ScheduleTriggers>();
        services.TryAddSingleton<OccurrenceProducer>();
        services.TryAddSingleton<ScheduleRunner>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxSender>();
        services.TryAddSingleton<ScheduleSweeper>();
        services.TryAddSingleton<PlaceSchedules>();
        services.TryAddSingleton<ScheduleTriggerCensus>();
        services.TryAddSingleton<Posting.ChannelAccessCheck>();

        var storage = new StorageOptions();
        configuration.GetSection(StorageOptions.SectionName).Bind(storage);
        var connection = StorageConnection.From(storage);
        var scheduling = new SchedulingOptions();
        configuration.GetSection(SchedulingOptions.SectionName).Bind(scheduling);
        // Quartz takes its clock at configuration time, so it uses the TimeProvider instance registered before this call.
        var clock = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider))?.ImplementationInstance as TimeProvider ?? TimeProvider.System;
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = scheduling.SchedulerName);
            q.UseTimeProvider(clock);
            ConfigureQuartz(q, connection);
        });
        // The scheduler starts once the host has started, so the front doors (the terminal prompt) do not wait for it;
        // triggers stored meanwhile are picked up when it starts, and the sweeper catches anything due.
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });
        services.AddHostedService(sp => sp.GetRequiredService<ScheduleSweeper>());
        services.AddHostedService<OutboxSenderService>();
        services.AddHostedService<TriggerCensusAtStart>();
        return services;
    }

    private static void ConfigureQuartz(IQuartzBuilder quartz, StorageConnection connection)
    {
        quartz.AddJob<ScheduleTickJob>(job => job.WithIdentity(ScheduleTriggers.TickJob).StoreDurably());
        quartz.UsePersistentStore(store =>
        {
            store.UseSystemTextJsonSerializer(_ => { });
            store.ProvisionSchema();
            if (connection.Provider == DatabaseProvider.PostgreSql)
            {
                store.UsePostgres(connection.ConnectionString);
                store.UseClustering(_ => { });
            }
            else
            {
                store.UseSqlite(connection.ConnectionString);
            }
        });

        // SQLite has one writer, and one firing carries every due schedule forward: more threads would only
        // fire triggers that firing is about to re-plan, and queue on the write lock.
        if (connection.Provider == DatabaseProvider.Sqlite)
        {
            quartz.UseDefaultThreadPool(1);
        }
    }
}
