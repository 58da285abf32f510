namespace StudyBot.Discord;

/// <summary>The Discord connection; bound from <c>StudyBot:Discord</c>. A token turns Discord on.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "StudyBot:Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>
    /// StudyBot has no public home page of its own, so the default names the page that defines the header; an
    /// operator sets the bot's own page or source repository.
    /// </summary>
    public const string DefaultUserAgentUrl = "https://discord.com/developers/docs/reference#user-agent";

    /// <summary>The bot token. Kept out of <see cref="ToString"/>, logs and exception messages.</summary>
    public string? Token { get; set; }

    /// <summary>The application's snowflake; read from <c>GET /applications/@me</c> when absent.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The REST base; the gateway URL is read from <c>GET /gateway/bot</c> on it, so a fake serves both.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The URL in the User-Agent Discord requires of bots, <c>DiscordBot (url, version)</c>: where to learn about this bot.</summary>
    public string UserAgentUrl { get; set; } = DefaultUserAgentUrl;

    public DiscordMode Mode { get; set; } = DiscordMode.Gateway;

    /// <summary>Where Kestrel listens for <c>POST /interactions</c> in <see cref="DiscordMode.Http"/> mode.</summary>
    public string? HttpListen { get; set; }

    /// <summary>The application's Ed25519 public key (64 hex characters), for <see cref="DiscordMode.Http"/> mode.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Registers commands in this guild only (instantly) instead of globally.</summary>
    public string? DevelopmentGuildId { get; set; }

    /// <summary>The total number of shards; absent means the count Discord recommends.</summary>
    public int? ShardCount { get; set; }

    /// <summary>The shards this instance runs, as "first-last" or one id; absent means all.</summary>
    public string? ShardIds { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);

    public override string ToString() =>
        $"Discord(Mode={Mode}, ApiBaseUrl={ApiBaseUrl}, ApplicationId={ApplicationId ?? "(from API)"}, Token={(Enabled ? "(set)" : "(none)")})";
}
