namespace StudyBot.Discord.Gateway;

/// <summary>Creates a <see cref="WebSocketGatewayTransport"/> per connection.</summary>
internal sealed class WebSocketGatewayTransportFactory : IGatewayTransportFactory
{
    public IGatewayTransport Create() => new WebSocketGatewayTransport();
}
