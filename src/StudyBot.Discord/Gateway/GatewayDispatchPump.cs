using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// Takes dispatches off the queue with a few workers, so one slow interaction does not hold up the next; each event
/// is handled in its own DI scope and a failure is logged without stopping the pump.
/// </summary>
internal sealed partial class GatewayDispatchPump : BackgroundService
{
    public const int Workers = 4;

    private readonly GatewayDispatchQueue _queue;
    private readonly InteractionRouter _router;
    private readonly DiscordRestClient _rest;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<GatewayDispatchPump> _logger;

    public GatewayDispatchPump(GatewayDispatchQueue queue, InteractionRouter router, DiscordRestClient rest, IServiceScopeFactory scopes, ILogger<GatewayDispatchPump> logger)
    {
        _queue = queue;
        _router = router;
        _rest = rest;
        _scopes = scopes;
        _logger = logger;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var dispatch in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await HandleAsync(dispatch, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogFailed(_logger, exception, dispatch.Type, dispatch.ShardId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        if (dispatch.Type == "INTERACTION_CREATE")
        {
            if (_router.Read(dispatch.Data) is { } interaction)
            {
                await _router.RouteAsync(interaction, new RestInteractionResponder(_rest, interaction), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await using var scope = _scopes.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IGatewayDispatchHandler>())
        {
            await handler.HandleAsync(dispatch, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling the Discord event {Type} from shard {ShardId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string type, int shardId);
}
