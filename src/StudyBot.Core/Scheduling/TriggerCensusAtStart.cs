using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// Once the host has started, logs how many schedule triggers Quartz loaded for how many active schedules: a warning
/// when schedules have none, so an operator sees at once that Quartz reads another store than the schedules.
/// </summary>
/// <remarks>It waits for the start so that opening Quartz's store never delays the first prompt or connection.</remarks>
public sealed partial class TriggerCensusAtStart : BackgroundService
{
    private readonly ScheduleTriggerCensus census;
    private readonly IHostApplicationLifetime lifetime;
    private readonly ILogger<TriggerCensusAtStart> logger;

    public TriggerCensusAtStart(ScheduleTriggerCensus census, IHostApplicationLifetime lifetime, ILogger<TriggerCensusAtStart> logger)
    {
        this.census = census;
        this.lifetime = lifetime;
        this.logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task.ConfigureAwait(false);
        }

        try
        {
            var counted = await census.TakeAsync(stoppingToken).ConfigureAwait(false);
            if (counted.Untriggered > 0)
            {
                LogUntriggered(counted.Triggers, counted.Schedules, counted.Untriggered);
            }
            else
            {
                LogCounted(counted.Triggers, counted.Schedules);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Only a report: the schedules run whatever it says.
            LogFailed(failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quartz loaded {Triggers} schedule triggers for {Schedules} active schedules")]
    private partial void LogCounted(int triggers, int schedules);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quartz loaded {Triggers} schedule triggers for {Schedules} active schedules; {Untriggered} have none and run only when the sweeper looks, late")]
    private partial void LogUntriggered(int triggers, int schedules, int untriggered);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count the Quartz triggers of the schedules")]
    private partial void LogFailed(Exception exception);
}
