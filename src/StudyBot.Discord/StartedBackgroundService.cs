using Microsoft.Extensions.Hosting;

namespace StudyBot.Discord;

/// <summary>
/// A background service that begins only once every hosted service has started. The front doors are registered
/// before the core, so without this the Discord client would read the database before its initializer migrated it.
/// </summary>
internal abstract class StartedBackgroundService : BackgroundService, IHostedLifecycleService
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        await RunAsync(stoppingToken).ConfigureAwait(false);
    }

    protected abstract Task RunAsync(CancellationToken stoppingToken);
}
