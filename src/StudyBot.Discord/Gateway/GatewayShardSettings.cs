namespace StudyBot.Discord.Gateway;

/// <summary>What one shard needs to connect: the gateway URL from <c>GET /gateway/bot</c>, the token and its place among the shards.</summary>
internal sealed record GatewayShardSettings(string GatewayUrl, string Token, int ShardId, int ShardCount)
{
    // The token stays out of any printed form of the settings.
    public override string ToString() => $"Shard {ShardId}/{ShardCount} at {GatewayUrl}";
}
