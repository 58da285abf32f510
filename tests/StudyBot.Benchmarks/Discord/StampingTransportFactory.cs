using StudyBot.Discord.Gateway;

namespace StudyBot.Benchmarks.Discord;

/// <summary>The bot's own WebSocket transport, with each received frame noted in <see cref="InBotStamps"/>.</summary>
internal sealed class StampingTransportFactory(InBotStamps stamps) : IGatewayTransportFactory
{
    private readonly WebSocketGatewayTransportFactory inner = new();

    public IGatewayTransport Create() => new StampingTransport(inner.Create(), stamps);

    private sealed class StampingTransport(IGatewayTransport transport, InBotStamps stamps) : IGatewayTransport
    {
        public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => transport.ConnectAsync(uri, cancellationToken);

        public Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken) => transport.SendAsync(message, cancellationToken);

        public async Task<GatewayReceived> ReceiveAsync(CancellationToken cancellationToken)
        {
            var received = await transport.ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (!received.Closed && !received.Oversized)
            {
                stamps.Received(received.Message);
            }

            return received;
        }

        public Task CloseAsync(int code, CancellationToken cancellationToken) => transport.CloseAsync(code, cancellationToken);

        public ValueTask DisposeAsync() => transport.DisposeAsync();
    }
}
