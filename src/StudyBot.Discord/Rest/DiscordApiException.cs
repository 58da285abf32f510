using System.Net;

namespace StudyBot.Discord.Rest;

/// <summary>
/// Discord refused a request. The message names the route template, never the token or an interaction token.
/// </summary>
public sealed class DiscordApiException : Exception
{
    public DiscordApiException(string route, HttpStatusCode status, int? errorCode, string? discordMessage, TimeSpan? retryAfter = null)
        : base($"Discord answered {(int)status} to {route}{(errorCode is null ? string.Empty : $" (code {errorCode})")}{(string.IsNullOrEmpty(discordMessage) ? string.Empty : $": {discordMessage}")}")
    {
        Route = route;
        Status = status;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    public DiscordApiException()
    {
        Route = string.Empty;
    }

    public DiscordApiException(string message)
        : base(message)
    {
        Route = string.Empty;
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Route = string.Empty;
    }

    public string Route { get; }

    public HttpStatusCode Status { get; }

    /// <summary>Discord's JSON error code (10003 unknown channel, 50001 missing access, ...), when it sent one.</summary>
    public int? ErrorCode { get; }

    /// <summary>How long Discord asked to wait before trying again (a 429's <c>retry_after</c>, else its Retry-After header).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Unknown resource or no permission: retrying the same request cannot succeed.</summary>
    public bool IsPermanent => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized;
}
