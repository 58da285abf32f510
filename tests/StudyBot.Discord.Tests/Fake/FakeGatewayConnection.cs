using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace StudyBot.Discord.Tests.Fake;

/// <summary>One client connection to the fake gateway: what the client sent, and controls to send it anything.</summary>
public sealed class FakeGatewayConnection : IDisposable
{
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Channel<JsonObject> _frames = Channel.CreateUnbounded<JsonObject>();
    private readonly List<JsonObject> _received = [];
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FakeGatewayConnection(WebSocket socket, string path, string query)
    {
        _socket = socket;
        Path = path.TrimEnd('/');
        Query = query;
    }

    /// <summary>"/gateway" for a fresh connection, "/resume" for one to the resume URL.</summary>
    public string Path { get; }

    public string Query { get; }

    public string? SessionId { get; internal set; }

    /// <summary>Every frame the client sent so far.</summary>
    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Completes with the close code the client sent (null when it dropped the connection) or the fake closed with.</summary>
    public Task<int?> Closed => _closed.Task;

    /// <summary>Waits for the next frame from the client with <paramref name="op"/>, skipping others.</summary>
    public async Task<JsonObject> WaitForAsync(int op, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? FakeDiscord.Patience);
        while (true)
        {
            var frame = await _frames.Reader.ReadAsync(cancel.Token);
            if (frame["op"]?.GetValue<int>() == op)
            {
                return frame;
            }
        }
    }

    public Task SendAsync(int op, JsonNode? data, int? sequence = null, string? type = null) =>
        SendRawAsync(new JsonObject { ["op"] = op, ["d"] = data, ["s"] = sequence, ["t"] = type }.ToJsonString());

    public async Task SendRawAsync(string text)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes the connection from the server side with <paramref name="code"/>.</summary>
    public async Task CloseAsync(int code)
    {
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, "fake", CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }

        _closed.TrySetResult(code);
    }

    internal void Record(JsonObject frame)
    {
        lock (_received)
        {
            _received.Add(frame);
        }

        _frames.Writer.TryWrite(frame);
    }

    internal void Ended(int? code) => _closed.TrySetResult(code);

    public void Dispose() => _sendLock.Dispose();
}
