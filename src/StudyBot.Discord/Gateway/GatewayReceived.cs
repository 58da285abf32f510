namespace StudyBot.Discord.Gateway;

/// <summary>A received message, an oversized one that was skipped, or the close of the connection.</summary>
internal readonly record struct GatewayReceived(ReadOnlyMemory<byte> Message, bool Oversized, bool Closed, int? CloseCode, string? CloseReason)
{
    public static GatewayReceived Text(ReadOnlyMemory<byte> message) => new(message, false, false, null, null);

    public static GatewayReceived TooLarge() => new(default, true, false, null, null);

    public static GatewayReceived Close(int? code, string? reason) => new(default, false, true, code, reason);
}
