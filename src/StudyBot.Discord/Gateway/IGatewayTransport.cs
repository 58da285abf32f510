namespace StudyBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway, whole text messages in and out. The seam between the session logic
/// and <see cref="System.Net.WebSockets.ClientWebSocket"/>.
/// </summary>
internal interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken);

    /// <summary>The next whole message, or how the connection closed.</summary>
    Task<GatewayReceived> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Closes with <paramref name="code"/>; 4000 keeps the session resumable, 1000 ends it.</summary>
    Task CloseAsync(int code, CancellationToken cancellationToken);
}
