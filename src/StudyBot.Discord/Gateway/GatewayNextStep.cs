namespace StudyBot.Discord.Gateway;

/// <summary>What a shard does after a connection ended.</summary>
internal enum GatewayNextStep
{
    /// <summary>Reconnect to the resume URL and continue the session.</summary>
    Resume,

    /// <summary>Forget the session, connect to the gateway URL and identify.</summary>
    Identify,

    /// <summary>The configuration is wrong (token, intents, shards, version): stop and say why.</summary>
    Stop,
}
