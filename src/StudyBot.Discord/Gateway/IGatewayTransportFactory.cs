namespace StudyBot.Discord.Gateway;

/// <summary>Creates a transport per connection attempt.</summary>
internal interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}
