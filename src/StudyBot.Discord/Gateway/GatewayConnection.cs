using System.Text.Json;
using System.Text.Json.Nodes;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// One open gateway connection's sending side: one frame at a time, within 120 frames per 60 seconds, of which
/// <see cref="HeartbeatReserve"/> are kept for heartbeats so that a burst of other sends never starves them.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    public const int FramesPerWindow = 120;
    public const int HeartbeatReserve = 10;
    public const int MaxFrameBytes = 4096;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TimedFixedWindow _allFrames;
    private readonly TimedFixedWindow _otherFrames;

    public GatewayConnection(IGatewayTransport transport, TimeProvider timeProvider)
    {
        Transport = transport;
        _allFrames = new TimedFixedWindow(FramesPerWindow, Window, timeProvider);
        _otherFrames = new TimedFixedWindow(FramesPerWindow - HeartbeatReserve, Window, timeProvider);
    }

    public IGatewayTransport Transport { get; }

    /// <summary>Set by a Heartbeat ACK, cleared by each heartbeat; still clear at the next beat means a zombie connection.</summary>
    public bool Acknowledged { get; set; } = true;

    public Task SendHeartbeatAsync(int? sequence, CancellationToken cancellationToken)
    {
        var frame = new JsonObject { ["op"] = (int)GatewayOpcode.Heartbeat, ["d"] = sequence };
        return SendAsync(frame, isHeartbeat: true, cancellationToken);
    }

    public Task SendAsync(GatewayOpcode op, JsonNode data, CancellationToken cancellationToken) =>
        SendAsync(new JsonObject { ["op"] = (int)op, ["d"] = data }, isHeartbeat: false, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _allFrames.DisposeAsync().ConfigureAwait(false);
        await _otherFrames.DisposeAsync().ConfigureAwait(false);
        _sendLock.Dispose();
    }

    private async Task SendAsync(JsonObject frame, bool isHeartbeat, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(frame);
        if (bytes.Length > MaxFrameBytes)
        {
            throw new InvalidOperationException($"A gateway frame of op {frame["op"]} is {bytes.Length} bytes; Discord accepts at most {MaxFrameBytes}.");
        }

        if (!isHeartbeat)
        {
            await _otherFrames.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        await _allFrames.WaitAsync(cancellationToken).ConfigureAwait(false);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Transport.SendAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
