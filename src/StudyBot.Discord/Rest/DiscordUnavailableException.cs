namespace StudyBot.Discord.Rest;

/// <summary>
/// The client stopped sending for a while: the token was refused (401) or Discord's edge banned this address
/// (a 429 without a JSON body). Nothing is sent until <see cref="Until"/>, so the bot never hammers Discord.
/// </summary>
public sealed class DiscordUnavailableException : Exception
{
    public DiscordUnavailableException(string message, DateTimeOffset until)
        : base(message)
    {
        Until = until;
    }

    public DiscordUnavailableException()
    {
    }

    public DiscordUnavailableException(string message)
        : base(message)
    {
    }

    public DiscordUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DateTimeOffset Until { get; }
}
