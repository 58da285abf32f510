using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StudyBot.Matrix.Tests.FakeHomeserver;

/// <summary>
/// A Matrix homeserver for tests, written from the Client-Server API: versions, whoami, password login, filters,
/// long-poll sync (with limited timelines, invites and leaves), messages, joined rooms, join, leave, send with
/// transaction-id idempotency per device, and faults on demand. Runs on Kestrel at 127.0.0.1 on a free port.
/// Tests act as other members through its methods (<see cref="Post"/>, <see cref="React"/>, <see cref="Invite"/>).
/// </summary>
public sealed class FakeMatrixServer : IAsyncDisposable
{
    public const string ServerName = "fake.test";
    public const string BotUserId = "@studybot:fake.test";
    public const string BotPassword = "correct horse battery staple";

    private readonly Lock gate = new();
    private readonly List<FakeEvent> stream = [];
    private readonly Dictionary<string, FakeRoom> rooms = [];
    private readonly Dictionary<string, (string User, string Device)> tokens = [];
    private readonly HashSet<string> softLoggedOut = [];
    private readonly Dictionary<string, JsonNode> filters = [];
    private readonly Dictionary<(string Device, string Room, string Txn), string> transactions = [];
    private readonly List<(string PathPart, FaultKind Kind)> faults = [];
    private readonly WebApplication app;
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long position;
    private int nextId;
    private readonly Dictionary<string, string> refreshTokens = [];
    private readonly Dictionary<string, string> aliases = [];
    private bool locked;
    private bool suspended;

    private FakeMatrixServer(WebApplication app)
    {
        this.app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Whether <c>/versions</c> claims v1.16 (which offers <c>use_state_after</c>).</summary>
    public bool OffersStateAfter { get; set; } = true;

    /// <summary>Whether the last sync asked for <c>use_state_after</c>.</summary>
    public bool LastSyncUsedStateAfter { get; private set; }

    public int LoginCount { get; private set; }

    public int RefreshCount { get; private set; }

    /// <summary>Requests held open by a stall fault so far.</summary>
    public int StalledRequests { get; private set; }

    /// <summary>Whether the account is suspended: it may read and sync, every send gets 403 M_USER_SUSPENDED.</summary>
    public bool Suspended
    {
        get { lock (gate) { return suspended; } }
        set { lock (gate) { suspended = value; } }
    }

    /// <summary>What <c>/.well-known/matrix/client</c> names as the homeserver; null answers 404.</summary>
    public string? WellKnownBaseUrl { get; set; }

    public int SendRequestCount { get; private set; }

    private readonly List<string> syncTimeouts = [];

    /// <summary>The <c>timeout</c> of every sync so far, copied: the bot keeps syncing while a test reads them.</summary>
    public IReadOnlyList<string> SyncTimeouts
    {
        get
        {
            lock (syncTimeouts)
            {
                return syncTimeouts.ToArray();
            }
        }
    }

    public List<string> AuthorizationsSeenInQuery { get; } = [];

    public static async Task<FakeMatrixServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new FakeMatrixServer(builder.Build());
        server.MapEndpoints();
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    /// <summary>An access token that expires (soft logout on demand) with the refresh token that renews it, on one device.</summary>
    public (string AccessToken, string RefreshToken) IssueRefreshableToken(string device = "REFRESHING")
    {
        lock (gate)
        {
            var token = "syt_" + ++nextId;
            var refresh = "syr_" + ++nextId;
            tokens[token] = (BotUserId, device);
            refreshTokens[refresh] = device;
            return (token, refresh);
        }
    }

    /// <summary>Lets the locked account act again.</summary>
    public void Unlock()
    {
        lock (gate)
        {
            locked = false;
        }
    }

    /// <summary>Publishes a room alias in the room directory.</summary>
    public void AddAlias(string alias, string roomId)
    {
        lock (gate)
        {
            aliases[alias] = roomId;
        }
    }

    /// <summary>A token for the bot's account on a new device, as an operator would issue.</summary>
    public string IssueToken(string device = "OPERATOR")
    {
        lock (gate)
        {
            var token = "syt_" + ++nextId;
            tokens[token] = (BotUserId, device);
            return token;
        }
    }

    public void InjectFault(string pathPart, FaultKind kind, int times = 1)
    {
        lock (gate)
        {
            for (var i = 0; i < times; i++)
            {
                faults.Add((pathPart, kind));
            }
        }
    }

    public int PendingFaults
    {
        get { lock (gate) { return faults.Count; } }
    }

    // ---- acting as other members ----

    public string CreateRoom(string creator, string version = "11", bool encrypted = false, bool space = false, Dictionary<string, long>? powerLevels = null, long stateDefault = 50)
    {
        lock (gate)
        {
            var roomId = version == "12" ? $"!r{++nextId}" : $"!r{++nextId}:{ServerName}";
            rooms[roomId] = new FakeRoom(roomId);
            var create = new JsonObject { ["room_version"] = version };
            if (space)
            {
                create["type"] = "m.space";
            }

            Append(roomId, creator, "m.room.create", create, "");
            Append(roomId, creator, "m.room.member", new JsonObject { ["membership"] = "join" }, creator);
            var users = new JsonObject();
            foreach (var (user, level) in powerLevels ?? new Dictionary<string, long> { [creator] = 100 })
            {
                users[user] = level;
            }

            Append(roomId, creator, "m.room.power_levels", new JsonObject { ["users"] = users, ["users_default"] = 0, ["state_default"] = stateDefault }, "");
            if (encrypted)
            {
                Append(roomId, creator, "m.room.encryption", new JsonObject { ["algorithm"] = "m.megolm.v1.aes-sha2" }, "");
            }

            return roomId;
        }
    }

    public void Invite(string roomId, string inviter, string invitee = BotUserId) =>
        AppendLocked(roomId, inviter, "m.room.member", new JsonObject { ["membership"] = "invite" }, invitee);

    public void Join(string roomId, string userId) =>
        AppendLocked(roomId, userId, "m.room.member", new JsonObject { ["membership"] = "join" }, userId);

    /// <summary>Puts the bot in a room at once, as if it had joined long ago.</summary>
    public string CreateRoomWithBot(string creator, string version = "11", Dictionary<string, long>? powerLevels = null)
    {
        var roomId = CreateRoom(creator, version, powerLevels: powerLevels);
        Join(roomId, BotUserId);
        return roomId;
    }

    public void Kick(string roomId, string by, string userId = BotUserId, string reason = "off topic") =>
        AppendLocked(roomId, by, "m.room.member", new JsonObject { ["membership"] = "leave", ["reason"] = reason }, userId);

    public void Ban(string roomId, string by, string userId = BotUserId) =>
        AppendLocked(roomId, by, "m.room.member", new JsonObject { ["membership"] = "ban" }, userId);

    public void SetPowerLevels(string roomId, string by, Dictionary<string, long> users, long stateDefault = 50) =>
        AppendLocked(roomId, by, "m.room.power_levels", new JsonObject
        {
            ["users"] = new JsonObject(users.Select(u => KeyValuePair.Create(u.Key, (JsonNode?)u.Value))),
            ["state_default"] = stateDefault,
        }, "");

    public void Tombstone(string roomId, string by, string replacement) =>
        AppendLocked(roomId, by, "m.room.tombstone", new JsonObject { ["replacement_room"] = replacement, ["body"] = "moved" }, "");

    public string Post(string roomId, string sender, string body, string msgtype = "m.text", JsonObject? relatesTo = null, DateTimeOffset? sentAt = null)
    {
        var content = new JsonObject { ["msgtype"] = msgtype, ["body"] = body };
        if (relatesTo is not null)
        {
            content["m.relates_to"] = relatesTo;
        }

        return AppendLocked(roomId, sender, "m.room.message", content, null, sentAt);
    }

    /// <summary>A message from the bot's own account on another device: the bot must not answer itself.</summary>
    public string PostAsBot(string roomId, string body) =>
        AppendLocked(roomId, BotUserId, "m.room.message", new JsonObject { ["msgtype"] = "m.text", ["body"] = body }, null);

    public void EnableEncryption(string roomId, string by) =>
        AppendLocked(roomId, by, "m.room.encryption", new JsonObject { ["algorithm"] = "m.megolm.v1.aes-sha2" }, "");

    public string React(string roomId, string sender, string eventId, string key) =>
        AppendLocked(roomId, sender, "m.reaction", new JsonObject
        {
            ["m.relates_to"] = new JsonObject { ["rel_type"] = "m.annotation", ["event_id"] = eventId, ["key"] = key },
        }, null);

    public string Redact(string roomId, string sender, string eventId) =>
        AppendLocked(roomId, sender, "m.room.redaction", new JsonObject { ["redacts"] = eventId }, null);

    /// <summary>Appends any JSON as an event, however malformed; only the room and position are added.</summary>
    public void AppendRaw(string roomId, JsonNode raw)
    {
        lock (gate)
        {
            var wrapper = new JsonObject { ["event_id"] = $"$raw{++nextId}", ["raw"] = raw };
            var fakeEvent = new FakeEvent(++position, roomId, raw is JsonObject o ? o : wrapper);
            rooms[roomId].Events.Add(fakeEvent);
            stream.Add(fakeEvent);
            Signal();
        }
    }

    /// <summary>The events the bot sent to a room, in order.</summary>
    public IReadOnlyList<FakeEvent> SentByBot(string roomId)
    {
        lock (gate)
        {
            return rooms[roomId].Events.Where(e => e.Sender == BotUserId && e.Json["state_key"] is null).ToList();
        }
    }

    /// <summary>The bot's own membership events in a room, in order.</summary>
    public IReadOnlyList<FakeEvent> SentByBotState(string roomId)
    {
        lock (gate)
        {
            return rooms[roomId].Events.Where(e => e.Type == "m.room.member" && e.StateKey == BotUserId && e.Sender == BotUserId).ToList();
        }
    }

    public string? MembershipOfBot(string roomId)
    {
        lock (gate)
        {
            return rooms[roomId].MembershipOf(BotUserId);
        }
    }

    /// <summary>Waits until the bot has sent <paramref name="count"/> events to the room (or fails after 20 s).</summary>
    public async Task<IReadOnlyList<FakeEvent>> WaitForBotEventsAsync(string roomId, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            Task next;
            lock (gate)
            {
                var sent = rooms[roomId].Events.Where(e => e.Sender == BotUserId && e.Json["state_key"] is null).ToList();
                if (sent.Count >= count)
                {
                    return sent;
                }

                next = changed.Task;
            }

            try
            {
                await next.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The bot sent fewer than {count} events to {roomId}: {string.Join(" | ", SentByBot(roomId).Select(e => e.Body))}");
            }
        }
    }

    /// <summary>Waits until the bot's membership in the room is <paramref name="membership"/>.</summary>
    public async Task WaitForBotMembershipAsync(string roomId, string membership)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (rooms[roomId].MembershipOf(BotUserId) == membership)
                {
                    return;
                }

                next = changed.Task;
            }

            try
            {
                await next.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The bot's membership in {roomId} stayed {MembershipOfBot(roomId)}, not {membership}.");
            }
        }
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    // ---- the API ----

    private void MapEndpoints()
    {
        app.Use(FaultsAsync);
        app.Use(AuthenticateAsync);
        app.MapGet("/_matrix/client/versions", () => Results.Json(new JsonObject
        {
            ["versions"] = new JsonArray(OffersStateAfter ? ["v1.11", "v1.16"] : ["v1.11"]),
        }));
        app.MapGet("/_matrix/client/v3/account/whoami", (HttpContext context) =>
        {
            var (user, device) = Caller(context);
            return Results.Json(new JsonObject { ["user_id"] = user, ["device_id"] = device });
        });
        app.MapPost("/_matrix/client/v3/login", (Delegate)LoginAsync);
        app.MapPost("/_matrix/client/v3/refresh", (Delegate)RefreshAsync);
        app.MapGet("/.well-known/matrix/client", () => WellKnownBaseUrl is { } baseUrl
            ? Results.Json(new JsonObject { ["m.homeserver"] = new JsonObject { ["base_url"] = baseUrl } })
            : Results.NotFound());
        app.MapGet("/_matrix/client/v3/directory/room/{alias}", (string alias) =>
        {
            lock (gate)
            {
                return aliases.TryGetValue(alias, out var roomId)
                    ? Results.Json(new JsonObject { ["room_id"] = roomId, ["servers"] = new JsonArray(ServerName) })
                    : Error(404, "M_NOT_FOUND", "Room alias not found");
            }
        });
        app.MapPost("/_matrix/client/v3/user/{userId}/filter", async (HttpContext context, string userId) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            lock (gate)
            {
                var id = "f" + ++nextId;
                filters[id] = body!;
                return Results.Json(new JsonObject { ["filter_id"] = id });
            }
        });
        app.MapGet("/_matrix/client/v3/sync", (Delegate)SyncAsync);
        app.MapGet("/_matrix/client/v3/rooms/{roomId}/messages", Messages);
        app.MapGet("/_matrix/client/v3/joined_rooms", () =>
        {
            lock (gate)
            {
                return Results.Json(new JsonObject
                {
                    ["joined_rooms"] = new JsonArray(rooms.Values.Where(r => r.MembershipOf(BotUserId) == "join").Select(r => (JsonNode)r.Id).ToArray()),
                });
            }
        });
        app.MapPost("/_matrix/client/v3/join/{roomId}", (string roomId) =>
        {
            lock (gate)
            {
                if (!rooms.TryGetValue(roomId, out var room) || room.MembershipOf(BotUserId) is "ban")
                {
                    return Error(403, "M_FORBIDDEN", "You are banned from this room.");
                }

                Append(roomId, BotUserId, "m.room.member", new JsonObject { ["membership"] = "join" }, BotUserId);
                return Results.Json(new JsonObject { ["room_id"] = roomId });
            }
        });
        app.MapPost("/_matrix/client/v3/rooms/{roomId}/leave", async (HttpContext context, string roomId) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
            lock (gate)
            {
                var content = new JsonObject { ["membership"] = "leave" };
                if (body["reason"] is { } reason)
                {
                    content["reason"] = reason.DeepClone();
                }

                Append(roomId, BotUserId, "m.room.member", content, BotUserId);
                return Results.Json(new JsonObject());
            }
        });
        app.MapPut("/_matrix/client/v3/rooms/{roomId}/send/{eventType}/{txnId}", (Delegate)SendAsync);
    }

    private async Task FaultsAsync(HttpContext context, RequestDelegate next)
    {
        FaultKind? fault = null;
        lock (gate)
        {
            var path = context.Request.Path.Value ?? "";
            var index = faults.FindIndex(f => path.Contains(f.PathPart, StringComparison.Ordinal));
            if (index >= 0)
            {
                fault = faults[index].Kind;
                faults.RemoveAt(index);
            }
        }

        switch (fault)
        {
            case null:
                await next(context);
                return;
            case FaultKind.RateLimitedRetryAfterSeconds:
                context.Response.Headers.RetryAfter = "1";
                await Error(429, "M_LIMIT_EXCEEDED", "Too many requests").ExecuteAsync(context);
                return;
            case FaultKind.RateLimitedRetryAfterDate:
                context.Response.Headers.RetryAfter = TimeProvider.System.GetUtcNow().AddSeconds(1).ToString("R", CultureInfo.InvariantCulture);
                await Error(429, "M_LIMIT_EXCEEDED", "Too many requests").ExecuteAsync(context);
                return;
            case FaultKind.RateLimitedBodyHint:
                await Results.Json(new JsonObject { ["errcode"] = "M_LIMIT_EXCEEDED", ["error"] = "Too many requests", ["retry_after_ms"] = 300 }, statusCode: 429)
                    .ExecuteAsync(context);
                return;
            case FaultKind.ServerError:
                await Error(502, "M_UNKNOWN", "Bad gateway").ExecuteAsync(context);
                return;
            case FaultKind.DropBeforeHandling:
                context.Abort();
                return;
            case FaultKind.DropAfterHandling:
                var original = context.Response.Body;
                context.Response.Body = new MemoryStream();
                await next(context);
                context.Response.Body = original;
                context.Abort();
                return;
            case FaultKind.SoftLogout:
                lock (gate)
                {
                    softLoggedOut.Add(BearerToken(context) ?? "");
                }

                await next(context);
                return;
            case FaultKind.LockAccount:
                lock (gate)
                {
                    locked = true;
                }

                await next(context);
                return;
            case FaultKind.ResourceLimitExceeded:
                await Results.Json(
                        new JsonObject
                        {
                            ["errcode"] = "M_RESOURCE_LIMIT_EXCEEDED",
                            ["error"] = "Monthly Active User limit exceeded",
                            ["admin_contact"] = "mailto:admin@fake.test",
                            ["limit_type"] = "monthly_active_user",
                        },
                        statusCode: 403)
                    .ExecuteAsync(context);
                return;
            case FaultKind.StallBeforeHandling:
                CountStall();
                await WaitForAbortAsync(context);
                return;
            case FaultKind.StallAfterHandling:
                context.Response.Body = new MemoryStream();
                await next(context);
                CountStall();
                await WaitForAbortAsync(context);
                return;
        }
    }

    private void CountStall()
    {
        lock (gate)
        {
            StalledRequests++;
            Signal();
        }
    }

    private static async Task WaitForAbortAsync(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            context.Abort();
        }
    }

    /// <summary>Waits until <paramref name="count"/> requests are held open by stall faults.</summary>
    public async Task WaitForStallsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (StalledRequests >= count)
                {
                    return;
                }

                next = changed.Task;
            }

            await next.WaitAsync(timeout.Token);
        }
    }

    private async Task<IResult> RefreshAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        var refresh = body?["refresh_token"]?.GetValue<string>();
        lock (gate)
        {
            if (refresh is null || !refreshTokens.Remove(refresh, out var device))
            {
                return Error(401, "M_UNKNOWN_TOKEN", "Unknown refresh token");
            }

            RefreshCount++;
            var token = "syt_" + ++nextId;
            var next = "syr_" + ++nextId;
            tokens[token] = (BotUserId, device);
            refreshTokens[next] = device;
            return Results.Json(new JsonObject { ["access_token"] = token, ["refresh_token"] = next, ["expires_in_ms"] = 300_000 });
        }
    }

    private async Task AuthenticateAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        if (context.Request.Query.ContainsKey("access_token"))
        {
            AuthorizationsSeenInQuery.Add(path);
        }

        if (path is "/_matrix/client/versions" or "/_matrix/client/v3/login" or "/_matrix/client/v3/refresh" or "/.well-known/matrix/client")
        {
            await next(context);
            return;
        }

        var token = BearerToken(context);
        IResult? refusal;
        lock (gate)
        {
            refusal = token is null ? Error(401, "M_MISSING_TOKEN", "Missing access token")
                : locked ? Error(401, "M_USER_LOCKED", "This account has been locked", softLogout: true)
                : softLoggedOut.Contains(token) ? Error(401, "M_UNKNOWN_TOKEN", "Token expired", softLogout: true)
                : !tokens.ContainsKey(token) ? Error(401, "M_UNKNOWN_TOKEN", "Unknown token")
                : null;
        }

        if (refusal is not null)
        {
            await refusal.ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private async Task<IResult> LoginAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        var user = body?["identifier"]?["user"]?.GetValue<string>();
        var password = body?["password"]?.GetValue<string>();
        lock (gate)
        {
            if (body?["type"]?.GetValue<string>() != "m.login.password" || (user != BotUserId && user != "studybot") || password != BotPassword)
            {
                return Error(403, "M_FORBIDDEN", "Invalid username or password");
            }

            LoginCount++;
            var device = body["device_id"]?.GetValue<string>() ?? "DEV" + ++nextId;
            var token = "syt_" + ++nextId;
            tokens[token] = (BotUserId, device);
            return Results.Json(new JsonObject { ["access_token"] = token, ["device_id"] = device, ["user_id"] = BotUserId });
        }
    }

    private async Task<IResult> SendAsync(HttpContext context, string roomId, string eventType, string txnId)
    {
        var content = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        var (_, device) = Caller(context);
        lock (gate)
        {
            SendRequestCount++;
            if (suspended)
            {
                return Error(403, "M_USER_SUSPENDED", "This account has been suspended");
            }

            if (content is null || !rooms.TryGetValue(roomId, out var room) || room.MembershipOf(BotUserId) != "join")
            {
                return Error(403, "M_FORBIDDEN", "You are not in this room.");
            }

            if (transactions.TryGetValue((device, roomId, txnId), out var earlier))
            {
                return Results.Json(new JsonObject { ["event_id"] = earlier });
            }

            if (eventType == "m.reaction" && room.Events.Any(e => e.Type == "m.reaction" && e.Sender == BotUserId
                && JsonNode.DeepEquals(e.Content["m.relates_to"], content["m.relates_to"])))
            {
                return Error(400, "M_DUPLICATE_ANNOTATION", "Can't send same reaction twice");
            }

            var eventId = Append(roomId, BotUserId, eventType, content, null);
            transactions[(device, roomId, txnId)] = eventId;
            return Results.Json(new JsonObject { ["event_id"] = eventId });
        }
    }

    private async Task<IResult> SyncAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var since = query["since"].FirstOrDefault();
        var timeout = int.TryParse(query["timeout"].FirstOrDefault(), out var ms) ? ms : 0;
        var stateAfter = query["use_state_after"].FirstOrDefault() == "true";
        var limit = TimelineLimit(query["filter"].FirstOrDefault());
        long from = since is null ? -1 : long.Parse(since.AsSpan(1), CultureInfo.InvariantCulture);
        lock (gate)
        {
            lock (syncTimeouts)
            {
                syncTimeouts.Add(query["timeout"].FirstOrDefault() ?? "(none)");
            }

            LastSyncUsedStateAfter = stateAfter;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task next;
            lock (gate)
            {
                var relevant = from < 0 || stream.Any(e => e.Position > from && rooms[e.RoomId].MembershipAt(BotUserId, e.Position) is not null);
                if (relevant || deadline.IsCancellationRequested)
                {
                    return Results.Json(new FakeSyncBuilder(rooms.Values, BotUserId, from, position, limit, stateAfter).Build());
                }

                next = changed.Task;
            }

            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
            {
                // The long poll ran out: answer with nothing new.
            }
        }
    }

    private IResult Messages(HttpContext context, string roomId)
    {
        var query = context.Request.Query;
        var from = query["from"].FirstOrDefault() ?? $"s{long.MaxValue}";
        var upTo = long.Parse(from.AsSpan(1), CultureInfo.InvariantCulture);
        var limit = int.TryParse(query["limit"].FirstOrDefault(), out var l) ? l : 10;
        lock (gate)
        {
            var older = rooms[roomId].Events.Where(e => e.Position <= upTo).OrderByDescending(e => e.Position).Take(limit).ToList();
            var result = new JsonObject
            {
                ["start"] = from,
                ["chunk"] = new JsonArray(older.Select(e => (JsonNode)e.Json.DeepClone()).ToArray()),
            };
            if (older.Count == limit && older[^1].Position > 1)
            {
                result["end"] = $"p{older[^1].Position - 1}";
            }

            return Results.Json(result);
        }
    }

    private int TimelineLimit(string? filterId)
    {
        lock (gate)
        {
            return filterId is not null && filters.TryGetValue(filterId, out var filter) && filter["room"]?["timeline"]?["limit"] is { } limit
                ? limit.GetValue<int>()
                : 10;
        }
    }

    private (string User, string Device) Caller(HttpContext context)
    {
        lock (gate)
        {
            return tokens[BearerToken(context)!];
        }
    }

    private static string? BearerToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.FirstOrDefault();
        return header is not null && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
    }

    private static IResult Error(int status, string errcode, string error, bool softLogout = false)
    {
        var body = new JsonObject { ["errcode"] = errcode, ["error"] = error };
        if (softLogout)
        {
            body["soft_logout"] = true;
        }

        return Results.Json(body, statusCode: status);
    }

    private string AppendLocked(string roomId, string sender, string type, JsonObject content, string? stateKey, DateTimeOffset? sentAt = null)
    {
        lock (gate)
        {
            return Append(roomId, sender, type, content, stateKey, sentAt);
        }
    }

    private string Append(string roomId, string sender, string type, JsonObject content, string? stateKey, DateTimeOffset? sentAt = null)
    {
        var eventId = $"$e{++nextId}";
        var json = new JsonObject
        {
            ["event_id"] = eventId,
            ["type"] = type,
            ["sender"] = sender,
            ["room_id"] = roomId,
            ["origin_server_ts"] = (sentAt ?? TimeProvider.System.GetUtcNow()).ToUnixTimeMilliseconds(),
            ["content"] = content.DeepClone(),
        };
        if (stateKey is not null)
        {
            json["state_key"] = stateKey;
        }

        var fakeEvent = new FakeEvent(++position, roomId, json);
        var room = rooms[roomId];
        room.Events.Add(fakeEvent);
        if (stateKey is not null)
        {
            room.State[(type, stateKey)] = fakeEvent;
        }

        stream.Add(fakeEvent);
        Signal();
        return eventId;
    }

    private void Signal()
    {
        var previous = changed;
        changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }
}
