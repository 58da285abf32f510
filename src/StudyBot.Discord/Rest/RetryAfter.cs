using System.Net.Http.Headers;
using System.Text.Json;

namespace StudyBot.Discord.Rest;

/// <summary>
/// How long a 429 asks the client to wait: the body's <c>retry_after</c> (seconds, fractional) where Discord sent
/// one, else the Retry-After header (whole seconds, or a date).
/// </summary>
internal static class RetryAfter
{
    public static TimeSpan? Read(JsonElement body, HttpResponseMessage response, DateTimeOffset now) =>
        FromBody(body) ?? FromHeader(response.Headers.RetryAfter, now);

    public static TimeSpan? FromBody(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("retry_after", out var retry) && retry.ValueKind == JsonValueKind.Number && retry.TryGetDouble(out var seconds) && double.IsFinite(seconds)
            ? TimeSpan.FromSeconds(Math.Max(0, seconds))
            : null;

    public static TimeSpan? FromHeader(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
