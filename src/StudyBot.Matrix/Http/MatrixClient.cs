using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StudyBot.Matrix.Session;

namespace StudyBot.Matrix.Http;

/// <summary>
/// The Client-Server API endpoints the bot uses, one method each. Retries, the token and soft logout live in the
/// HTTP handlers (<see cref="MatrixRetryPipeline"/>, <see cref="MatrixAuthHandler"/>); this class maps JSON.
/// </summary>
internal sealed class MatrixClient(IHttpClientFactory httpClientFactory, MatrixSession session)
{
    public const string HttpClientName = "matrix";

    /// <summary>Finds the homeserver from <c>https://{serverName}/.well-known/matrix/client</c>.</summary>
    public async Task<Uri?> DiscoverAsync(string serverName, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, new Uri($"https://{serverName}/.well-known/matrix/client"), anonymous: true);
        request.Options.Set(MatrixRequest.MaxAttempts, 3);
        using var response = await Client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var document = await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
        var baseUrl = Json.Object(document.RootElement, "m.homeserver") is { } homeserver ? Json.String(homeserver, "base_url") : null;
        return Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri : null;
    }

    public async Task<IReadOnlyList<string>> GetVersionsAsync(CancellationToken cancellationToken)
    {
        using var document = await SendAsync(HttpMethod.Get, "_matrix/client/versions", null, cancellationToken, anonymous: true).ConfigureAwait(false);
        return Json.Array(document.RootElement, "versions").Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();
    }

    public async Task<(string UserId, string? DeviceId)> WhoAmIAsync(CancellationToken cancellationToken)
    {
        using var document = await SendAsync(HttpMethod.Get, "_matrix/client/v3/account/whoami", null, cancellationToken).ConfigureAwait(false);
        var userId = Json.String(document.RootElement, "user_id") ?? throw new MatrixApiException("whoami returned no user_id.");
        return (userId, Json.String(document.RootElement, "device_id"));
    }

    public async Task<LoginResult> LoginAsync(string user, string password, string? deviceId, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["type"] = "m.login.password",
            ["identifier"] = new JsonObject { ["type"] = "m.id.user", ["user"] = user },
            ["password"] = password,
            ["initial_device_display_name"] = "StudyBot",
        };
        if (deviceId is not null)
        {
            body["device_id"] = deviceId;
        }

        using var document = await SendAsync(HttpMethod.Post, "_matrix/client/v3/login", body, cancellationToken, anonymous: true, maxAttempts: 5).ConfigureAwait(false);
        return ReadLogin(document.RootElement);
    }

    public async Task<LoginResult> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["refresh_token"] = refreshToken };
        using var document = await SendAsync(HttpMethod.Post, "_matrix/client/v3/refresh", body, cancellationToken, anonymous: true, maxAttempts: 5).ConfigureAwait(false);
        return ReadLogin(document.RootElement);
    }

    public async Task<string> CreateFilterAsync(JsonObject filter, CancellationToken cancellationToken)
    {
        var path = $"_matrix/client/v3/user/{Escape(session.UserId)}/filter";
        using var document = await SendAsync(HttpMethod.Post, path, filter, cancellationToken).ConfigureAwait(false);
        return Json.String(document.RootElement, "filter_id") ?? throw new MatrixApiException("The filter was not stored (no filter_id).");
    }

    /// <summary>One long poll. The attempt timeout is the poll's plus a margin, so a quiet server is not mistaken for a dead one.</summary>
    public Task<JsonDocument> SyncAsync(string filterId, string? since, TimeSpan timeout, bool useStateAfter, CancellationToken cancellationToken)
    {
        var query = new StringBuilder("_matrix/client/v3/sync?filter=").Append(Uri.EscapeDataString(filterId))
            .Append("&timeout=").Append(((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        if (since is not null)
        {
            query.Append("&since=").Append(Uri.EscapeDataString(since));
        }

        if (useStateAfter)
        {
            query.Append("&use_state_after=true");
        }

        return SendAsync(HttpMethod.Get, query.ToString(), null, cancellationToken, attemptTimeout: timeout + TimeSpan.FromSeconds(30));
    }

    /// <summary>Older events of a room, newest first, from a pagination token (a gap's <c>prev_batch</c>).</summary>
    public Task<JsonDocument> MessagesBackwardAsync(string roomId, string from, int limit, CancellationToken cancellationToken) =>
        SendAsync(
            HttpMethod.Get,
            $"_matrix/client/v3/rooms/{Escape(roomId)}/messages?dir=b&limit={limit.ToString(CultureInfo.InvariantCulture)}&from={Uri.EscapeDataString(from)}",
            null,
            cancellationToken);

    public async Task<IReadOnlyList<string>> JoinedRoomsAsync(CancellationToken cancellationToken)
    {
        using var document = await SendAsync(HttpMethod.Get, "_matrix/client/v3/joined_rooms", null, cancellationToken).ConfigureAwait(false);
        return Json.Array(document.RootElement, "joined_rooms").Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList();
    }

    /// <summary>The room an alias (<c>#name:server</c>) points to, or null when the server knows no such alias.</summary>
    public async Task<string?> ResolveAliasAsync(string alias, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await SendAsync(HttpMethod.Get, $"_matrix/client/v3/directory/room/{Escape(alias)}", null, cancellationToken).ConfigureAwait(false);
            return Json.String(document.RootElement, "room_id");
        }
        catch (MatrixApiException exception) when (exception.Status == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task JoinAsync(string roomIdOrAlias, IEnumerable<string> via, CancellationToken cancellationToken)
    {
        var query = string.Concat(via.Select((server, i) => (i == 0 ? "?via=" : "&via=") + Uri.EscapeDataString(server)));
        using var _ = await SendAsync(HttpMethod.Post, $"_matrix/client/v3/join/{Escape(roomIdOrAlias)}{query}", new JsonObject(), cancellationToken).ConfigureAwait(false);
    }

    public async Task LeaveAsync(string roomId, string? reason, CancellationToken cancellationToken)
    {
        var body = reason is null ? new JsonObject() : new JsonObject { ["reason"] = reason };
        using var _ = await SendAsync(HttpMethod.Post, $"_matrix/client/v3/rooms/{Escape(roomId)}/leave", body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one event. The same <paramref name="transactionId"/> on a retry makes the server return the first event instead of a second.</summary>
    public async Task<string> SendEventAsync(string roomId, string eventType, string transactionId, JsonObject content, int? maxAttempts, CancellationToken cancellationToken)
    {
        var path = $"_matrix/client/v3/rooms/{Escape(roomId)}/send/{Escape(eventType)}/{Escape(transactionId)}";
        using var document = await SendAsync(HttpMethod.Put, path, content, cancellationToken, maxAttempts: maxAttempts).ConfigureAwait(false);
        return Json.String(document.RootElement, "event_id") ?? "";
    }

    private HttpClient Client => httpClientFactory.CreateClient(HttpClientName);

    private async Task<JsonDocument> SendAsync(
        HttpMethod method,
        string relativePath,
        JsonNode? body,
        CancellationToken cancellationToken,
        bool anonymous = false,
        int? maxAttempts = null,
        TimeSpan? attemptTimeout = null)
    {
        using var request = Request(method, new Uri(session.Homeserver, relativePath), anonymous);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (maxAttempts is { } attempts)
        {
            request.Options.Set(MatrixRequest.MaxAttempts, attempts);
        }

        if (attemptTimeout is { } timeout)
        {
            request.Options.Set(MatrixRequest.AttemptTimeout, timeout);
        }

        using var response = await Client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw (await MatrixError.ReadAsync(response, cancellationToken).ConfigureAwait(false)).ToException();
        }

        return await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false);
    }

    private static HttpRequestMessage Request(HttpMethod method, Uri uri, bool anonymous)
    {
        var request = new HttpRequestMessage(method, uri);
        if (anonymous)
        {
            request.Options.Set(MatrixRequest.Anonymous, true);
        }

        return request;
    }

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException exception)
            {
                throw new MatrixApiException(response.StatusCode, "M_NOT_JSON", "the server's answer was not JSON: " + exception.Message);
            }
        }
    }

    private static LoginResult ReadLogin(JsonElement root) =>
        new(
            Json.String(root, "access_token") ?? throw new MatrixApiException("The login returned no access token."),
            Json.String(root, "refresh_token"),
            Json.String(root, "user_id"),
            Json.String(root, "device_id"));

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
