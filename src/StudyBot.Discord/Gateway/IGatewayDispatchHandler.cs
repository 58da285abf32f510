namespace StudyBot.Discord.Gateway;

/// <summary>Receives gateway dispatches other than interactions (GUILD_DELETE, CHANNEL_DELETE, ...); unknown types are ignored.</summary>
public interface IGatewayDispatchHandler
{
    Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken);
}
