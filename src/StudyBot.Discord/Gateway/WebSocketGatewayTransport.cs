using System.Buffers;
using System.Net.WebSockets;

namespace StudyBot.Discord.Gateway;

/// <summary>The gateway over <see cref="ClientWebSocket"/>: messages are read until EndOfMessage, since big dispatches arrive in pieces.</summary>
internal sealed class WebSocketGatewayTransport : IGatewayTransport
{
    /// <summary>The largest message kept; a bigger one is read to its end and skipped, and the connection survives.</summary>
    public const int MaxMessageBytes = 8 * 1024 * 1024;

    private readonly ClientWebSocket _socket = new();
    private readonly byte[] _chunk = new byte[16 * 1024];

    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken) =>
        await _socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);

    public async Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken) =>
        await _socket.SendAsync(message, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);

    public async Task<GatewayReceived> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var oversized = false;
        while (true)
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(_chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                return GatewayReceived.Close(null, "connection lost");
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return GatewayReceived.Close((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            }

            if (!oversized && buffer.WrittenCount + result.Count <= MaxMessageBytes)
            {
                buffer.Write(_chunk.AsSpan(0, result.Count));
            }
            else
            {
                oversized = true;
            }

            if (result.EndOfMessage)
            {
                return oversized ? GatewayReceived.TooLarge() : GatewayReceived.Text(buffer.WrittenMemory);
            }
        }
    }

    public async Task CloseAsync(int code, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, null, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                _socket.Abort();
            }
        }
        else
        {
            _socket.Abort();
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
