using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Platforms;
using StudyBot.Matrix.Http;
using StudyBot.Matrix.Rooms;
using StudyBot.Matrix.Sending;
using StudyBot.Matrix.Session;

namespace StudyBot.Matrix.Sync;

/// <summary>
/// The bot's life on Matrix: starts the session, reconciles joined rooms, then long-polls <c>/sync</c> and hands
/// each batch to <see cref="SyncBatchHandler"/>. The <c>since</c> token is stored only after a batch was handled and
/// committed, so a crash replays the batch (the events committed with their replies are claimed and do not run twice).
/// The first sync ever is a baseline.
/// </summary>
internal sealed partial class MatrixSyncService(
    MatrixSignIn signIn,
    MatrixClient client,
    SyncFilter filter,
    SyncBatchHandler batches,
    MatrixSender sender,
    MatrixStateExpiry expiry,
    AccountRestrictions restrictions,
    IPlatformStateStore store,
    IEnumerable<IMatrixRoomLifecycle> lifecycles,
    IOptions<MatrixOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<MatrixSyncService> logger) : BackgroundService
{
    private async Task WhenHostStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // The store and the schedules live in the database, which another hosted service migrates at start.
            await WhenHostStartedAsync(stoppingToken).ConfigureAwait(false);
            string? filterId = null;
            while (filterId is null)
            {
                try
                {
                    filterId = await StartSessionAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (MatrixApiException exception) when (restrictions.Report(exception))
                {
                    await Task.Delay(options.Value.MaxRetryDelay, time, stoppingToken).ConfigureAwait(false);
                }
            }

            await SyncForeverAsync(filterId, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (MatrixApiException exception)
        {
            // Only a token the server no longer accepts (and that could not be renewed), or a refused login, ends up here.
            LogStopped(logger, exception.ErrorCode, exception.Message);
        }
    }

    /// <summary>Signs in, sends what the last run left unsent, and brings the rooms' schedules in step; returns the filter id.</summary>
    private async Task<string> StartSessionAsync(CancellationToken stoppingToken)
    {
        await signIn.StartAsync(stoppingToken).ConfigureAwait(false);
        var filterId = await filter.EnsureAsync(stoppingToken).ConfigureAwait(false);
        await sender.ResendPendingAsync(stoppingToken).ConfigureAwait(false);
        await expiry.RunIfDueAsync(stoppingToken).ConfigureAwait(false);
        var joined = (await client.JoinedRoomsAsync(stoppingToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        LogJoinedRooms(logger, joined.Count);
        foreach (var lifecycle in lifecycles)
        {
            await lifecycle.ReconcileAsync(joined, stoppingToken).ConfigureAwait(false);
        }

        return filterId;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);

        // Before the HTTP pipeline is disposed with the host: a send cut short stays stored for the next start.
        await sender.StopAsync().ConfigureAwait(false);
    }

    private async Task SyncForeverAsync(string filterId, CancellationToken stoppingToken)
    {
        var since = await store.GetAsync(MatrixStateKeys.Since, stoppingToken).ConfigureAwait(false);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var baseline = since is null;
            try
            {
                using var response = await client.SyncAsync(filterId, since, baseline ? TimeSpan.Zero : options.Value.SyncTimeout, signIn.SupportsStateAfter, stoppingToken)
                    .ConfigureAwait(false);
                await batches.HandleAsync(response.RootElement, baseline, stoppingToken).ConfigureAwait(false);
                var next = Json.String(response.RootElement, "next_batch") ?? throw new MatrixApiException("The sync response had no next_batch.");
                await store.SetAsync(MatrixStateKeys.Since, next, stoppingToken).ConfigureAwait(false);
                if (baseline)
                {
                    LogBaseline(logger);
                }

                since = next;
                failures = 0;
                restrictions.Succeeded(wasSend: false);
                await expiry.RunIfDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (MatrixApiException exception) when (restrictions.Report(exception))
            {
                // Locked or over a limit: the admins must act; ask again now and then, without filling the log.
                await Task.Delay(options.Value.MaxRetryDelay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (MatrixApiException exception) when (!exception.AccountUnusable)
            {
                // Transient trouble is retried inside the HTTP pipeline; this is a refused request: wait, then go on.
                failures++;
                var wait = TimeSpan.FromTicks(Math.Min(options.Value.MaxRetryDelay.Ticks, options.Value.RetryDelay.Ticks << Math.Min(failures, 20)));
                LogSyncFailed(logger, exception.Message, wait);
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot is in {Count} Matrix rooms")]
    private static partial void LogJoinedRooms(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "First Matrix sync taken as the baseline; commands from before it are not run")]
    private static partial void LogBaseline(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matrix sync was refused ({Error}); trying again in {Wait}")]
    private static partial void LogSyncFailed(ILogger logger, string error, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Matrix stopped: the homeserver does not let the bot's account act ({ErrorCode}: {Error}). Check the account (locked, suspended, token revoked) and StudyBot:Matrix")]
    private static partial void LogStopped(ILogger logger, string errorCode, string error);
}
