namespace StudyBot.Discord.Gateway;

/// <summary>What each gateway close code means for the session, as Discord's opcode table lists them.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>The code the client closes with when it means to resume; 1000 and 1001 would end the session.</summary>
    public const int ResumeClose = 4000;

    public static GatewayNextStep NextStep(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayNextStep.Stop,
        4003 or 4005 or 4007 or 4009 => GatewayNextStep.Identify,
        _ => GatewayNextStep.Resume,
    };

    /// <summary>Why a fatal code stops the bot, in words an operator can act on.</summary>
    public static string Describe(int? code) => code switch
    {
        4004 => "authentication failed: the bot token is wrong or was reset (StudyBot:Discord:Token)",
        4010 => "invalid shard: StudyBot:Discord:ShardIds must lie below ShardCount",
        4011 => "sharding required: the bot is in too many guilds for its shards; raise StudyBot:Discord:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: the bot asked for an intent it is not approved for",
        4000 => "unknown error",
        4001 => "unknown opcode sent",
        4002 => "decode error: a payload was invalid",
        4003 => "not authenticated",
        4005 => "already authenticated",
        4007 => "invalid sequence on resume",
        4008 => "sending too fast",
        4009 => "session timed out",
        null => "connection lost",
        _ => "closed",
    };
}
