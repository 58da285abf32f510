using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using StudyBot.Discord.Rest.Models;

namespace StudyBot.Discord.Rest;

/// <summary>
/// The REST calls the bot makes, typed. Authentication, the User-Agent and rate limits live in the HTTP client's
/// handlers (see <see cref="DiscordServiceCollectionExtensions"/>); this class only shapes requests and answers.
/// </summary>
public sealed class DiscordRestClient
{
    /// <summary>The name of the client in <see cref="IHttpClientFactory"/>.</summary>
    public const string HttpClientName = "discord";

    /// <summary>
    /// Connections to the API at most. Each carries one request at a time, and interactions are answered side by side
    /// (<see cref="Gateway.GatewayDispatchPump"/>): a burst of them opened a connection each, 740 in one benchmark run,
    /// and the time spent opening them slowed every answer. Past this many, requests wait for a free connection;
    /// at a round trip of 50 ms, these carry over a thousand requests a second.
    /// </summary>
    public const int MaxConnections = 64;

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _timeProvider;

    public DiscordRestClient(IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    {
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
    }

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        SendAsync<GatewayBotInfo>(HttpMethod.Get, "gateway/bot", null, cancellationToken);

    public Task<DiscordApplication> GetCurrentApplicationAsync(CancellationToken cancellationToken) =>
        SendAsync<DiscordApplication>(HttpMethod.Get, "applications/@me", null, cancellationToken);

    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken cancellationToken) =>
        SendAsync<DiscordUser>(HttpMethod.Get, "users/@me", null, cancellationToken);

    /// <summary>Replaces every global command with <paramref name="commands"/> (a JSON array of command objects).</summary>
    public Task<JsonArray> BulkOverwriteGlobalCommandsAsync(string applicationId, JsonArray commands, CancellationToken cancellationToken) =>
        SendAsync<JsonArray>(HttpMethod.Put, $"applications/{applicationId}/commands", commands, cancellationToken);

    /// <summary>Replaces every command of one guild; takes effect at once, so suits a development server.</summary>
    public Task<JsonArray> BulkOverwriteGuildCommandsAsync(string applicationId, string guildId, JsonArray commands, CancellationToken cancellationToken) =>
        SendAsync<JsonArray>(HttpMethod.Put, $"applications/{applicationId}/guilds/{guildId}/commands", commands, cancellationToken);

    /// <summary>The first answer to an interaction; it must arrive within 3 seconds of the interaction.</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync<JsonElement?>(HttpMethod.Post, $"interactions/{interactionId}/{interactionToken}/callback", response, cancellationToken);

    /// <summary>Replaces the first answer (after a deferral); the interaction token serves 15 minutes.</summary>
    public Task<DiscordMessage> EditOriginalResponseAsync(string applicationId, string interactionToken, MessageBody message, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(HttpMethod.Patch, $"webhooks/{applicationId}/{interactionToken}/messages/@original", message, cancellationToken);

    public Task<DiscordMessage> CreateFollowupMessageAsync(string applicationId, string interactionToken, MessageBody message, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(HttpMethod.Post, $"webhooks/{applicationId}/{interactionToken}", message, cancellationToken);

    /// <summary>Posts to a channel; give <see cref="MessageBody.Nonce"/> with <see cref="MessageBody.EnforceNonce"/> so a retry posts once.</summary>
    public Task<DiscordMessage> CreateMessageAsync(string channelId, MessageBody message, CancellationToken cancellationToken) =>
        SendAsync<DiscordMessage>(HttpMethod.Post, $"channels/{channelId}/messages", message, cancellationToken);

    public Task<DiscordChannel> GetChannelAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync<DiscordChannel>(HttpMethod.Get, $"channels/{channelId}", null, cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> (1-200) of the servers the bot is in, in id order, those after
    /// <paramref name="after"/> when given: a bot in more servers reads them a page at a time.
    /// </summary>
    public Task<IReadOnlyList<DiscordPartialGuild>> GetCurrentUserGuildsAsync(string? after, int limit, CancellationToken cancellationToken) =>
        SendAsync<IReadOnlyList<DiscordPartialGuild>>(
            HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"users/@me/guilds?limit={limit}{(after is null ? string.Empty : "&after=" + Uri.EscapeDataString(after))}"),
            null,
            cancellationToken);

    public Task<DiscordGuild> GetGuildAsync(string guildId, CancellationToken cancellationToken) =>
        SendAsync<DiscordGuild>(HttpMethod.Get, $"guilds/{guildId}", null, cancellationToken);

    public Task<IReadOnlyList<DiscordRole>> GetGuildRolesAsync(string guildId, CancellationToken cancellationToken) =>
        SendAsync<IReadOnlyList<DiscordRole>>(HttpMethod.Get, $"guilds/{guildId}/roles", null, cancellationToken);

    public Task<DiscordGuildMember> GetGuildMemberAsync(string guildId, string userId, CancellationToken cancellationToken) =>
        SendAsync<DiscordGuildMember>(HttpMethod.Get, $"guilds/{guildId}/members/{userId}", null, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var client = _httpClientFactory.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            // Serialised first, so the request has a length: a streamed body goes chunked, a socket write per chunk and one
            // to end it, where a sized one leaves with its headers in one write (per interaction callback, on the hot path).
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), DiscordJson.Options))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            };
        }

        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await FailureAsync(method, path, response, cancellationToken).ConfigureAwait(false);
        }

        if (response.StatusCode == System.Net.HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
        {
            return default!;
        }

        return (await response.Content.ReadFromJsonAsync<T>(DiscordJson.Options, cancellationToken).ConfigureAwait(false))!;
    }

    private async Task<DiscordApiException> FailureAsync(HttpMethod method, string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        int? code = null;
        string? message = null;
        TimeSpan? retryAfter = null;
        try
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                code = json.RootElement.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : null;
                message = json.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                retryAfter = RetryAfter.FromBody(json.RootElement);
            }
        }
        catch (JsonException)
        {
            // Not JSON (an edge error page): the status says enough.
        }

        retryAfter ??= RetryAfter.FromHeader(response.Headers.RetryAfter, _timeProvider.GetUtcNow());
        return new DiscordApiException(RateLimitRoute.From(method, path).Template, response.StatusCode, code, message, retryAfter);
    }
}
