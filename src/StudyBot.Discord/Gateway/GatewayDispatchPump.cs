using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// Takes dispatches off the queue: each interaction is handled alongside the others, up to <see cref="MaxInFlight"/>
/// at once; other events one after another, in the order the gateway sent them. Each is handled in its own DI scope
/// and a failure is logged without stopping the pump.
/// </summary>
/// <remarks>
/// An interaction is done only when Discord has answered its callback, a network round trip. A few workers that each
/// waited for that capped the bot at a few interactions per round trip: one slow answer (seen on the fake, a pause of
/// 15 ms) held every interaction queued behind it. Events about places (a channel or server removed, READY's list of
/// servers) are few and keep the order the gateway sent them in.
/// </remarks>
internal sealed partial class GatewayDispatchPump : BackgroundService
{
    /// <summary>Interactions handled at once at most: a second of the busiest expected load, each waiting on its callback.</summary>
    public const int MaxInFlight = 1_000;

    private const string InteractionCreate = "INTERACTION_CREATE";

    private readonly GatewayDispatchQueue _queue;
    private readonly InteractionRouter _router;
    private readonly DiscordRestClient _rest;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<GatewayDispatchPump> _logger;
    private readonly SemaphoreSlim _slots = new(MaxInFlight, MaxInFlight);

    public GatewayDispatchPump(GatewayDispatchQueue queue, InteractionRouter router, DiscordRestClient rest, IServiceScopeFactory scopes, ILogger<GatewayDispatchPump> logger)
    {
        _queue = queue;
        _router = router;
        _rest = rest;
        _scopes = scopes;
        _logger = logger;
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var dispatch in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                if (dispatch.Type == InteractionCreate)
                {
                    await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                    _ = InteractAsync(dispatch, stoppingToken);
                }
                else
                {
                    await HandleAsync(dispatch, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }

        // The interactions under way finish (or see the stop) before the services they use are disposed.
        for (var slot = 0; slot < MaxInFlight; slot++)
        {
            await _slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task InteractAsync(GatewayDispatch dispatch, CancellationToken stoppingToken)
    {
        try
        {
            if (_router.Read(dispatch.Data) is { } interaction)
            {
                await _router.RouteAsync(interaction, new RestInteractionResponder(_rest, interaction), stoppingToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogFailed(_logger, exception, dispatch.Type, dispatch.ShardId);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            foreach (var handler in scope.ServiceProvider.GetServices<IGatewayDispatchHandler>())
            {
                await handler.HandleAsync(dispatch, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(_logger, exception, dispatch.Type, dispatch.ShardId);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling the Discord event {Type} from shard {ShardId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string type, int shardId);
}
