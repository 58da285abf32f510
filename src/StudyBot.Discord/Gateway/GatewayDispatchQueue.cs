using System.Threading.Channels;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// The bounded hand-over from the receive loops to the handlers, so a slow handler never delays reading frames,
/// and with them heartbeat ACKs.
/// </summary>
internal sealed class GatewayDispatchQueue
{
    /// <summary>Events waiting at most; beyond it new events are dropped (and logged) rather than stalling the gateway.</summary>
    public const int Capacity = 10_000;

    private readonly Channel<GatewayDispatch> _channel = Channel.CreateBounded<GatewayDispatch>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false, SingleWriter = false });

    public ChannelReader<GatewayDispatch> Reader => _channel.Reader;

    /// <summary>Queues <paramref name="dispatch"/> without waiting; false when the queue is full.</summary>
    public bool TryEnqueue(GatewayDispatch dispatch) => _channel.Writer.TryWrite(dispatch);
}
