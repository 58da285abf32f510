namespace StudyBot.Discord.Rest.Models;

/// <summary>The answer of <c>GET /gateway/bot</c>: where to connect and how many identifies remain.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

/// <summary>The identify budget: <see cref="Remaining"/> of <see cref="Total"/> until <see cref="ResetAfter"/> ms pass.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
