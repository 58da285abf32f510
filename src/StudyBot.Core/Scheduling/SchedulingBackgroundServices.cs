using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// Runs every schedule whose next event is due: at start-up (catching up what was missed while the bot was
/// down) and then every <see cref="SchedulingOptions.SweepInterval"/>, as a safety net under the Quartz triggers.
/// </summary>
public sealed class ScheduleSweeper : BackgroundService
{
    private readonly ScheduleRunner runner;
    private readonly TimeProvider time;
    private readonly SchedulingOptions options;

    public ScheduleSweeper(ScheduleRunner runner, TimeProvider time, IOptions<SchedulingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.runner = runner;
        this.time = time;
        this.options = options.Value;
    }

    /// <summary>Runs the due schedules once; returns how many posts were enqueued.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken) => runner.RunDueAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepInterval, time);
        do
        {
            await SweepAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}

/// <summary>Drains the outbox whenever posts are enqueued, and every <see cref="SchedulingOptions.OutboxPollInterval"/> for retries.</summary>
public sealed partial class OutboxSenderService : BackgroundService
{
    /// <summary>How long stopping waits for posts that are due or in flight before it cancels them.</summary>
    public static readonly TimeSpan FinalDrainLimit = TimeSpan.FromSeconds(5);

    private readonly OutboxSender sender;
    private readonly OutboxSignal signal;
    private readonly TimeProvider time;
    private readonly SchedulingOptions options;
    private readonly ILogger<OutboxSenderService> logger;

    public OutboxSenderService(OutboxSender sender, OutboxSignal signal, TimeProvider time, IOptions<SchedulingOptions> options, ILogger<OutboxSenderService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.sender = sender;
        this.signal = signal;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sender.DrainAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A database hiccup must not stop sending for good; the rows stay and are tried again.
                LogDrainFailed(failure);
            }

            await signal.WaitAsync(options.OutboxPollInterval, time, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends what is already due, then stops the loop, so a post enqueued just before the stop is not held until the next start.</summary>
    /// <remarks>
    /// The drain comes first because it also waits for a post the loop is sending; cancelling the loop first could leave
    /// that post claimed until its lease ends. A platform that does not answer gets <see cref="FinalDrainLimit"/> (real
    /// time, as shutdown is), then its post stays claimed and is sent again after the lease. The front doors stop after
    /// this service (hosted services stop in reverse order), so they still carry these posts: a piped
    /// <c>/excerpt now</c> on the last line appears before the terminal exits.
    /// </remarks>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(FinalDrainLimit);
        try
        {
            await sender.DrainAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            // A post in flight did not finish in time; stopping the loop below cancels it.
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The rows stay and are sent at the next start.
            LogDrainFailed(failure);
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Draining the outbox failed; trying again")]
    private partial void LogDrainFailed(Exception exception);
}
