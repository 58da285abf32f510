using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Tests.Fake;

/// <summary>
/// A Discord written from its documentation: the REST routes the bot calls and a v10 JSON gateway, on Kestrel at
/// 127.0.0.1 on a free port. It records every request, answers as Discord does (rate-limit headers, 429s, nonces)
/// and lets a test inject faults. With STUDYBOT_DISCORD_CAPTURE set, every REST exchange is appended to that file
/// as one line for <c>discord-validate --jsonl</c>.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    public const string Token = "fake-bot-token.SECRET-VALUE-never-logged";
    public const string ApiPrefix = "/api/v10";

    /// <summary>How long a test waits for the client to do something before failing.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private static readonly Lock CaptureLock = new();
    private static readonly Dictionary<string, string> NoHeaders = [];

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedExchange> _exchanges = new();
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly ConcurrentDictionary<string, FakeSession> _sessions = new();
    private readonly ConcurrentDictionary<string, JsonObject> _messagesByNonce = new();
    private readonly ConcurrentDictionary<string, FakeBucket> _buckets = new();
    private readonly Lock _faultLock = new();
    private long _nextId = 900000000000000000;
    private int _globalLimitedLeft;
    private int _bannedLeft;
    private int _sharedLimitedLeft;
    private int _connectionsOpened;
    private int _callbacksHeld;
    private readonly ConcurrentDictionary<string, byte> _callbackConnections = new(StringComparer.Ordinal);
    private TaskCompletionSource? _callbackGate;

    private FakeDiscord(WebApplication app)
    {
        _app = app;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    public string GatewayUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal).Replace(ApiPrefix, "/gateway", StringComparison.Ordinal);

    public string ResumeUrl => GatewayUrl.Replace("/gateway", "/resume", StringComparison.Ordinal);

    public int HeartbeatIntervalMs { get; set; } = 41250;

    /// <summary>When false, heartbeats get no ACK: the client should take the connection for a zombie.</summary>
    public bool AcknowledgeHeartbeats { get; set; } = true;

    /// <summary>When false, every Resume is answered with Invalid Session (d: false).</summary>
    public bool AcceptResumes { get; set; } = true;

    /// <summary>
    /// Whether recorded exchanges keep their bodies and headers. A benchmark that sends thousands needs only what was
    /// asked and when; held as JSON trees, the bodies made the fake's collections pause for up to 60 ms, and the fake
    /// then sent its load in bursts.
    /// </summary>
    public bool KeepBodies { get; set; } = true;

    /// <summary>How many interaction callbacks arrived while <see cref="HoldCallbacks"/> held their answers.</summary>
    public int CallbacksHeld => Volatile.Read(ref _callbacksHeld);

    public int IdentifyRemaining { get; set; } = 1000;

    public int MaxConcurrency { get; set; } = 1;

    /// <summary>The guilds READY lists as unavailable; the client then expects a GUILD_CREATE for each.</summary>
    public IReadOnlyList<string> ReadyGuilds { get; set; } = [FakeResponses.GuildId];

    /// <summary>The servers the bot is in, as <c>GET /users/@me/guilds</c> lists them (HTTP interactions mode has no READY).</summary>
    public IReadOnlyList<string> Servers { get; set; } = [FakeResponses.GuildId];

    /// <summary>When true, every REST request is answered 401.</summary>
    public bool RejectToken { get; set; }

    /// <summary>Requests per window of every channel's message bucket.</summary>
    public int MessageBucketLimit { get; set; } = 5;

    public TimeSpan MessageBucketWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Channels that answer a post with 404 Unknown Channel, as a deleted channel does.</summary>
    public ConcurrentBag<string> MissingChannels { get; } = [];

    /// <summary>Channels the bot may not view: reading one or posting there is answered 403 Missing Access.</summary>
    public ConcurrentBag<string> HiddenChannels { get; } = [];

    /// <summary>The guild's roles by id with their permission bitsets; the @everyone role has the guild's id.</summary>
    public ConcurrentDictionary<string, string> GuildRoles { get; } = new() { [FakeResponses.GuildId] = FakeResponses.EveryonePermissions };

    /// <summary>The roles the bot holds in the guild.</summary>
    public ConcurrentBag<string> BotRoles { get; } = [];

    /// <summary>Permission overwrites per channel id (the objects of a channel's <c>permission_overwrites</c>).</summary>
    public ConcurrentDictionary<string, JsonArray> ChannelOverwrites { get; } = new();

    /// <summary>Channel posts that are answered 429 once (with this many seconds to wait) before they succeed.</summary>
    public ConcurrentDictionary<string, double> LimitOncePerChannel { get; } = new();

    public IReadOnlyList<RecordedExchange> Exchanges => [.. _exchanges];

    public int ConnectionsOpened => Volatile.Read(ref _connectionsOpened);

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", fake.AcceptGatewayAsync);
        app.Map("/resume", fake.AcceptGatewayAsync);
        app.Map(ApiPrefix + "/{**route}", fake.ServeRestAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.First() + ApiPrefix;
        return fake;
    }

    /// <summary>The next gateway connection the client opens.</summary>
    public async Task<FakeGatewayConnection> NextConnectionAsync()
    {
        using var cancel = new CancellationTokenSource(Patience);
        return await _connections.Reader.ReadAsync(cancel.Token);
    }

    /// <summary>Sends a dispatch on <paramref name="connection"/>, numbered in its session so a resume replays it.</summary>
    public Task DispatchAsync(FakeGatewayConnection connection, string type, JsonNode data)
    {
        var session = _sessions[connection.SessionId ?? throw new InvalidOperationException("The connection has no session yet.")];
        int sequence;
        lock (session)
        {
            sequence = ++session.Sequence;
            session.Sent.Add((sequence, type, data.ToJsonString()));
        }

        return connection.SendAsync(0, data, sequence, type);
    }

    /// <summary>Numbers an event in the connection's session without sending it, as if it was sent while the client was away.</summary>
    public void RecordMissed(FakeGatewayConnection connection, string type, JsonNode data)
    {
        var session = _sessions[connection.SessionId ?? throw new InvalidOperationException("The connection has no session yet.")];
        lock (session)
        {
            session.Sent.Add((++session.Sequence, type, data.ToJsonString()));
        }
    }

    /// <summary>Answers no interaction callback until <see cref="ReleaseCallbacks"/>, as if Discord were slow to answer.</summary>
    public void HoldCallbacks() => _callbackGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseCallbacks() => Interlocked.Exchange(ref _callbackGate, null)?.TrySetResult();

    /// <summary>How many connections interaction callbacks came over.</summary>
    public int CallbackConnections => _callbackConnections.Count;

    /// <summary>The next <paramref name="count"/> REST requests get a global 429.</summary>
    public void LimitGlobally(int count)
    {
        lock (_faultLock)
        {
            _globalLimitedLeft = count;
        }
    }

    /// <summary>The next <paramref name="count"/> REST requests get a 429 without a body, as Discord's edge answers a banned address.</summary>
    public void Ban(int count)
    {
        lock (_faultLock)
        {
            _bannedLeft = count;
        }
    }

    /// <summary>The next <paramref name="count"/> channel requests get a shared-scope 429 (a busy channel, not the bot's doing).</summary>
    public void LimitShared(int count)
    {
        lock (_faultLock)
        {
            _sharedLimitedLeft = count;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref _connectionsOpened);
        var connection = new FakeGatewayConnection(socket, context.Request.Path, context.Request.QueryString.Value ?? string.Empty);
        await connection.SendAsync(10, new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs });
        _connections.Writer.TryWrite(connection);
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    connection.Ended((int?)socket.CloseStatus);
                    return;
                }

                var frame = JsonNode.Parse(message.ToArray())!.AsObject();
                connection.Record(frame);
                await RespondAsync(connection, frame);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            connection.Ended((int?)socket.CloseStatus);
        }
    }

    private async Task RespondAsync(FakeGatewayConnection connection, JsonObject frame)
    {
        switch (frame["op"]?.GetValue<int>())
        {
            case 1 when AcknowledgeHeartbeats:
                await connection.SendAsync(11, null);
                break;
            case 2:
                var session = new FakeSession("session-" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture));
                _sessions[session.Id] = session;
                connection.SessionId = session.Id;
                var ready = new JsonObject
                {
                    ["v"] = 10,
                    ["user"] = FakeResponses.User(FakeResponses.BotUserId, "StudyBot"),
                    ["guilds"] = new JsonArray([.. ReadyGuilds.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["unavailable"] = true })]),
                    ["session_id"] = session.Id,
                    ["resume_gateway_url"] = ResumeUrl,
                    ["application"] = new JsonObject { ["id"] = FakeResponses.ApplicationId, ["flags"] = 0 },
                };
                await DispatchAsync(connection, "READY", ready);
                break;
            case 6:
                var sessionId = frame["d"]?["session_id"]?.GetValue<string>();
                if (!AcceptResumes || sessionId is null || !_sessions.TryGetValue(sessionId, out var resumed))
                {
                    await connection.SendAsync(9, false);
                    break;
                }

                connection.SessionId = sessionId;
                var seen = frame["d"]?["seq"]?.GetValue<int?>() ?? 0;
                List<(int Sequence, string Type, string Data)> missed;
                lock (resumed)
                {
                    missed = resumed.Sent.Where(e => e.Sequence > seen).ToList();
                }

                foreach (var (sequence, type, data) in missed)
                {
                    await connection.SendAsync(0, JsonNode.Parse(data), sequence, type);
                }

                await DispatchAsync(connection, "RESUMED", new JsonObject());
                break;
        }
    }

    private async Task ServeRestAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        var request = context.Request;
        var path = "/" + (string?)context.Request.RouteValues["route"];
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var body = text.Length == 0 ? null : JsonNode.Parse(text);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        if (path.EndsWith("/callback", StringComparison.Ordinal))
        {
            _callbackConnections.TryAdd(context.Connection.Id, 0);
            if (Volatile.Read(ref _callbackGate) is { } gate)
            {
                Interlocked.Increment(ref _callbacksHeld);
                await gate.Task;
            }
        }

        var (status, response) = Answer(context, request.Method, path, body, headers);
        var query = request.QueryString.Value ?? string.Empty;
        context.Response.StatusCode = status;
        if (response is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.ToJsonString());
        }

        var exchange = new RecordedExchange(request.Method, path, body, status, response, headers) { Arrived = arrived, Query = query };
        _exchanges.Enqueue(KeepBodies ? exchange : exchange with { Body = null, Response = null, RequestHeaders = NoHeaders });
        Capture(exchange);
    }

    private (int Status, JsonNode? Response) Answer(HttpContext context, string method, string path, JsonNode? body, Dictionary<string, string> headers)
    {
        if (RejectToken || !headers.TryGetValue("Authorization", out var authorization) || authorization != "Bot " + Token)
        {
            return (401, FakeResponses.Error(0, "401: Unauthorized"));
        }

        lock (_faultLock)
        {
            if (_bannedLeft > 0)
            {
                _bannedLeft--;
                context.Response.ContentType = "text/html";
                return (429, null);
            }

            if (_globalLimitedLeft > 0 && !path.StartsWith("/interactions/", StringComparison.Ordinal))
            {
                _globalLimitedLeft--;
                context.Response.Headers["X-RateLimit-Global"] = "true";
                context.Response.Headers["X-RateLimit-Scope"] = "global";
                context.Response.Headers["Retry-After"] = "1";
                return (429, FakeResponses.RateLimited(0.2, global: true));
            }

            if (_sharedLimitedLeft > 0 && path.StartsWith("/channels/", StringComparison.Ordinal))
            {
                _sharedLimitedLeft--;
                context.Response.Headers["X-RateLimit-Scope"] = "shared";
                context.Response.Headers["Retry-After"] = "1";
                return (429, FakeResponses.RateLimited(0.1, global: false));
            }
        }

        var segments = path.Trim('/').Split('/');
        var now = TimeProvider.System.GetUtcNow();
        switch (method, segments)
        {
            case ("GET", ["gateway", "bot"]):
                return (200, FakeResponses.GatewayBot(GatewayUrl, IdentifyRemaining, MaxConcurrency));
            case ("GET", ["applications", "@me"]):
                return (200, FakeResponses.Application(new string('a', 64)));
            case ("GET", ["users", "@me"]):
                return (200, FakeResponses.CurrentUser(FakeResponses.BotUserId, "StudyBot"));
            case ("GET", ["users", "@me", "guilds"]):
                return ListServers(context.Request.Query);
            case ("PUT", ["applications", _, "commands"]):
                return (200, FakeResponses.Commands(body as JsonArray, null));
            case ("PUT", ["applications", _, "guilds", var guild, "commands"]):
                return (200, FakeResponses.Commands(body as JsonArray, guild));
            case ("POST", ["interactions", _, _, "callback"]):
                return (204, null);
            case ("PATCH", ["webhooks", _, _, "messages", "@original"]):
                return (200, FakeResponses.Message(NextId(), "444444444444444444", body as JsonObject, now));
            case ("POST", ["webhooks", _, _]):
                return (200, FakeResponses.Message(NextId(), "444444444444444444", body as JsonObject, now));
            case ("GET" or "POST", ["channels", var channel, ..]) when MissingChannels.Contains(channel):
                return (404, FakeResponses.Error(10003, "Unknown Channel"));
            case (_, ["channels", var channel, ..]) when HiddenChannels.Contains(channel):
                return (403, FakeResponses.Error(50001, "Missing Access"));
            case ("GET", ["channels", var channel]):
                return (200, FakeResponses.Channel(channel, ChannelOverwrites.TryGetValue(channel, out var overwrites) ? (JsonArray)overwrites.DeepClone() : []));
            case ("GET", ["guilds", FakeResponses.GuildId, "roles"]):
                return (200, new JsonArray(GuildRoles.Select(r => (JsonNode)FakeResponses.Role(r.Key, r.Value)).ToArray()));
            case ("GET", ["guilds", FakeResponses.GuildId, "members", FakeResponses.BotUserId]):
                return (200, FakeResponses.Member(FakeResponses.User(FakeResponses.BotUserId, "StudyBot"), [.. BotRoles], now));
            case ("GET", ["guilds", _, "members", _]):
                return (404, FakeResponses.Error(10007, "Unknown Member"));
            case ("POST", ["channels", var channel, "messages"]) when LimitOncePerChannel.TryRemove(channel, out var retryAfter):
                context.Response.Headers["X-RateLimit-Scope"] = "shared";
                return (429, FakeResponses.RateLimited(retryAfter, global: false));
            case ("POST", ["channels", var channel, "messages"]):
                return PostMessage(context, channel, body as JsonObject, now);
            default:
                return (404, FakeResponses.Error(0, "404: Not Found"));
        }
    }

    private (int Status, JsonNode? Response) PostMessage(HttpContext context, string channel, JsonObject? body, DateTimeOffset now)
    {
        var bucket = _buckets.GetOrAdd(channel, _ => new FakeBucket());
        lock (bucket)
        {
            if (now - bucket.WindowStart >= MessageBucketWindow)
            {
                bucket.WindowStart = now;
                bucket.Used = 0;
            }

            var resetAfter = (MessageBucketWindow - (now - bucket.WindowStart)).TotalSeconds;
            var headers = context.Response.Headers;
            headers["X-RateLimit-Limit"] = MessageBucketLimit.ToString(CultureInfo.InvariantCulture);
            headers["X-RateLimit-Bucket"] = "messages-bucket";
            headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
            if (bucket.Used >= MessageBucketLimit)
            {
                bucket.Overruns++;
                headers["X-RateLimit-Remaining"] = "0";
                headers["X-RateLimit-Scope"] = "user";
                return (429, FakeResponses.RateLimited(resetAfter, global: false));
            }

            bucket.Used++;
            headers["X-RateLimit-Remaining"] = (MessageBucketLimit - bucket.Used).ToString(CultureInfo.InvariantCulture);
        }

        var nonce = body?["nonce"]?.ToString();
        if (nonce is not null && body?["enforce_nonce"]?.GetValue<bool>() == true)
        {
            var message = _messagesByNonce.GetOrAdd(channel + "/" + nonce, _ => FakeResponses.Message(NextId(), channel, body, now));
            return (200, message.DeepClone());
        }

        return (200, FakeResponses.Message(NextId(), channel, body, now));
    }

    /// <summary>A page of <see cref="Servers"/> in id order, after the <c>after</c> id, at most <c>limit</c> (1-200, default 200) long.</summary>
    private (int Status, JsonNode? Response) ListServers(IQueryCollection query)
    {
        var limit = 200;
        if (query.TryGetValue("limit", out var limitText) && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 200))
        {
            return (400, FakeResponses.InvalidForm("limit", "NUMBER_TYPE_MAX", "int value should be less than or equal to 200."));
        }

        var after = 0UL;
        if (query.TryGetValue("after", out var afterText) && !ulong.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            return (400, FakeResponses.InvalidForm("after", "NUMBER_TYPE_COERCE", "Value is not snowflake."));
        }

        var page = Servers.Select(id => ulong.Parse(id, CultureInfo.InvariantCulture)).Where(id => id > after).Order().Take(limit);
        return (200, new JsonArray([.. page.Select(id => (JsonNode)FakeResponses.PartialGuild(id.ToString(CultureInfo.InvariantCulture)))]));
    }

    /// <summary>How many requests the client sent into an exhausted message bucket (a client that reads the headers sends none).</summary>
    public int MessageBucketOverruns => _buckets.Values.Sum(b => b.Overruns);

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    private static void Capture(RecordedExchange exchange)
    {
        var file = Environment.GetEnvironmentVariable("STUDYBOT_DISCORD_CAPTURE");
        // A body-less 429 is Discord's edge (Cloudflare) banning an address, not an answer of the API that the
        // OpenAPI description covers; the ban test still runs, its exchange just has nothing to validate.
        if (string.IsNullOrEmpty(file) || (exchange.Status == 429 && exchange.Response is null))
        {
            return;
        }

        var line = new JsonObject
        {
            ["method"] = exchange.Method,
            ["path"] = exchange.Path + exchange.Query,
            ["body"] = exchange.Body?.DeepClone(),
            ["status"] = exchange.Status,
        };
        // An answer without a body (204, an edge ban's 429) has nothing to check against the description.
        if (exchange.Response is not null)
        {
            line["response"] = exchange.Response.DeepClone();
        }

        var text = line.ToJsonString();
        lock (CaptureLock)
        {
            File.AppendAllText(file, text + "\n");
        }
    }

    private sealed class FakeSession(string id)
    {
        public string Id { get; } = id;

        public int Sequence { get; set; }

        /// <summary>Every event numbered in the session, as JSON text: a benchmark sends thousands (see <see cref="KeepBodies"/>).</summary>
        public List<(int Sequence, string Type, string Data)> Sent { get; } = [];
    }

    private sealed class FakeBucket
    {
        public DateTimeOffset WindowStart { get; set; }

        public int Used { get; set; }

        public int Overruns { get; set; }
    }
}
