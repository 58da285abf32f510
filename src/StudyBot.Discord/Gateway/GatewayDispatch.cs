using System.Text.Json;

namespace StudyBot.Discord.Gateway;

/// <summary>A dispatch event (op 0) taken off the receive loop: its type, data and the shard that received it.</summary>
public sealed record GatewayDispatch(string Type, JsonElement Data, int ShardId);
