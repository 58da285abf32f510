using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// One gateway session of one shard: connects, identifies or resumes, beats, reads frames and hands dispatches to
/// the queue, and after each disconnect decides by Discord's rules whether to resume, identify anew or stop.
/// </summary>
internal sealed partial class GatewayShard
{
    /// <summary>GUILDS: guild and channel removals stop schedules; interactions need no intent.</summary>
    public const int Intents = 1;

    /// <summary>Resumes that failed in a row before the shard identifies anew.</summary>
    public const int MaxFailedResumes = 3;

    private readonly GatewayShardSettings _settings;
    private readonly IGatewayTransportFactory _transports;
    private readonly IdentifyBudget _budget;
    private readonly GatewayDispatchQueue _queue;
    private readonly TimeProvider _timeProvider;
    private readonly Random _random;
    private readonly ILogger _logger;
    private string? _sessionId;
    private string? _resumeUrl;
    private int? _sequence;

    public GatewayShard(
        GatewayShardSettings settings,
        IGatewayTransportFactory transports,
        IdentifyBudget budget,
        GatewayDispatchQueue queue,
        TimeProvider timeProvider,
        Random random,
        ILogger logger)
    {
        _settings = settings;
        _transports = transports;
        _budget = budget;
        _queue = queue;
        _timeProvider = timeProvider;
        _random = random;
        _logger = logger;
    }

    public int ShardId => _settings.ShardId;

    /// <summary>Runs until cancelled or until Discord closes with a fatal code; returns the fatal code, if any.</summary>
    public async Task<int?> RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        var failedResumes = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var resuming = _sessionId is not null;
            var outcome = await RunConnectionAsync(cancellationToken).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                return null;
            }

            if (outcome.Step == GatewayNextStep.Stop)
            {
                var meaning = GatewayCloseCodes.Describe(outcome.CloseCode);
                LogFatalClose(_logger, ShardId, outcome.CloseCode, meaning);
                return outcome.CloseCode;
            }

            failures = outcome.Established ? 0 : failures + 1;
            failedResumes = resuming && !outcome.Established ? failedResumes + 1 : 0;
            if (outcome.Step == GatewayNextStep.Identify || failedResumes >= MaxFailedResumes)
            {
                ForgetSession();
                failedResumes = 0;
            }

            var delay = outcome.Delay ?? ReconnectBackoff.Delay(failures, _random);
            var reason = GatewayCloseCodes.Describe(outcome.CloseCode);
            LogReconnecting(_logger, ShardId, outcome.CloseCode, reason, _sessionId is null ? "identify" : "resume", delay);
            try
            {
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        return null;
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(CancellationToken cancellationToken)
    {
        var resume = _sessionId is not null && _resumeUrl is not null;
        var baseUrl = resume ? _resumeUrl! : _settings.GatewayUrl;
        var uri = new Uri($"{baseUrl.TrimEnd('/')}/?v=10&encoding=json");
        await using var transport = _transports.Create();
        await using var connection = new GatewayConnection(transport, _timeProvider);
        using var connectionEnd = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var state = new ConnectionState();
        Task heartbeat = Task.CompletedTask;
        try
        {
            if (!resume)
            {
                // Waiting for the identify budget happens before connecting: on an open connection it would hold up
                // the receive loop, and with it the heartbeat ACKs.
                await _budget.AcquireAsync(ShardId, cancellationToken).ConfigureAwait(false);
            }

            await transport.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var received = await transport.ReceiveAsync(connectionEnd.Token).ConfigureAwait(false);
                if (received.Closed)
                {
                    LogClosed(_logger, ShardId, received.CloseCode, received.CloseReason ?? string.Empty);
                    return new ConnectionOutcome(GatewayCloseCodes.NextStep(received.CloseCode), received.CloseCode, state.Established);
                }

                if (received.Oversized)
                {
                    LogOversized(_logger, ShardId, WebSocketGatewayTransport.MaxMessageBytes);
                    continue;
                }

                if (!TryParse(received.Message, out var op, out var data, out var sequence, out var type))
                {
                    continue;
                }

                if (sequence is not null)
                {
                    _sequence = sequence;
                }

                switch (op)
                {
                    case GatewayOpcode.Hello when !state.Hello:
                        state.Hello = true;
                        var interval = TimeSpan.FromMilliseconds(data.GetProperty("heartbeat_interval").GetDouble());
                        heartbeat = BeatAsync(connection, interval, state, connectionEnd);
                        if (resume)
                        {
                            await connection.SendAsync(GatewayOpcode.Resume, new JsonObject { ["token"] = _settings.Token, ["session_id"] = _sessionId, ["seq"] = _sequence }, connectionEnd.Token).ConfigureAwait(false);
                        }
                        else
                        {
                            await IdentifyAsync(connection, connectionEnd.Token).ConfigureAwait(false);
                        }

                        break;
                    case GatewayOpcode.HeartbeatAck:
                        connection.Acknowledged = true;
                        break;
                    case GatewayOpcode.Heartbeat:
                        await connection.SendHeartbeatAsync(_sequence, connectionEnd.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcode.Reconnect:
                        LogReconnectRequested(_logger, ShardId);
                        await transport.CloseAsync(GatewayCloseCodes.ResumeClose, CancellationToken.None).ConfigureAwait(false);
                        return new ConnectionOutcome(GatewayNextStep.Resume, null, state.Established, TimeSpan.Zero);
                    case GatewayOpcode.InvalidSession:
                        var resumable = data.ValueKind == JsonValueKind.True;
                        LogInvalidSession(_logger, ShardId, resumable);
                        await transport.CloseAsync(GatewayCloseCodes.ResumeClose, CancellationToken.None).ConfigureAwait(false);
                        // Discord asks for a short random wait before identifying again.
                        var wait = TimeSpan.FromMilliseconds(1000 + (_random.NextDouble() * 4000));
                        return new ConnectionOutcome(resumable ? GatewayNextStep.Resume : GatewayNextStep.Identify, null, state.Established, wait);
                    case GatewayOpcode.Dispatch when type is not null:
                        OnDispatch(type, data, state);
                        break;
                    default:
                        LogUnexpectedOp(_logger, ShardId, (int)op);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (state.Zombie && !cancellationToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(GatewayNextStep.Resume, null, state.Established, TimeSpan.Zero);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: 1000 ends the session on Discord's side, as it should.
            await transport.CloseAsync((int)WebSocketCloseStatus.NormalClosure, CancellationToken.None).ConfigureAwait(false);
            return new ConnectionOutcome(GatewayNextStep.Identify, null, state.Established);
        }
        catch (Exception exception) when (exception is WebSocketException or HttpRequestException or IOException)
        {
            LogConnectionFailed(_logger, ShardId, exception.Message);
            return new ConnectionOutcome(GatewayNextStep.Resume, null, state.Established);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever else breaks one connection must not end the shard: log it, back off, connect again.
            LogConnectionBroke(_logger, exception, ShardId);
            await transport.CloseAsync(GatewayCloseCodes.ResumeClose, CancellationToken.None).ConfigureAwait(false);
            return new ConnectionOutcome(GatewayNextStep.Resume, null, Established: false);
        }
        finally
        {
            await connectionEnd.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task IdentifyAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        var identify = new JsonObject
        {
            ["token"] = _settings.Token,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), ["browser"] = "studybot", ["device"] = "studybot" },
            ["intents"] = Intents,
            ["shard"] = new JsonArray(ShardId, _settings.ShardCount),
        };
        await connection.SendAsync(GatewayOpcode.Identify, identify, cancellationToken).ConfigureAwait(false);
        LogIdentified(_logger, ShardId, _settings.ShardCount);
    }

    private async Task BeatAsync(GatewayConnection connection, TimeSpan interval, ConnectionState state, CancellationTokenSource connectionEnd)
    {
        var token = connectionEnd.Token;
        try
        {
            // The first beat waits a random part of the interval, so that many clients reconnecting at once spread out.
            await Task.Delay(interval * _random.NextDouble(), _timeProvider, token).ConfigureAwait(false);
            while (!token.IsCancellationRequested)
            {
                if (!connection.Acknowledged)
                {
                    LogZombie(_logger, ShardId);
                    state.Zombie = true;
                    await connection.Transport.CloseAsync(GatewayCloseCodes.ResumeClose, CancellationToken.None).ConfigureAwait(false);
                    await connectionEnd.CancelAsync().ConfigureAwait(false);
                    return;
                }

                connection.Acknowledged = false;
                await connection.SendHeartbeatAsync(_sequence, token).ConfigureAwait(false);
                await Task.Delay(interval, _timeProvider, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
        catch (WebSocketException)
        {
            // The receive loop sees the broken connection and decides.
        }
    }

    private void OnDispatch(string type, JsonElement data, ConnectionState state)
    {
        switch (type)
        {
            case "READY":
                _sessionId = data.GetProperty("session_id").GetString();
                _resumeUrl = data.GetProperty("resume_gateway_url").GetString();
                state.Established = true;
                LogReady(_logger, ShardId);
                break;
            case "RESUMED":
                state.Established = true;
                LogResumed(_logger, ShardId, _sequence);
                break;
        }

        if (!_queue.TryEnqueue(new GatewayDispatch(type, data, ShardId)))
        {
            LogQueueFull(_logger, ShardId, type);
        }
    }

    private bool TryParse(ReadOnlyMemory<byte> message, out GatewayOpcode op, out JsonElement data, out int? sequence, out string? type)
    {
        op = default;
        data = default;
        sequence = null;
        type = null;
        try
        {
            using var document = JsonDocument.Parse(message);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var opElement) || opElement.ValueKind != JsonValueKind.Number || !opElement.TryGetInt32(out var opValue))
            {
                LogMalformed(_logger, ShardId, "no op");
                return false;
            }

            op = (GatewayOpcode)opValue;
            data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
            sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var number) ? number : null;
            type = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (op == GatewayOpcode.Hello && (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("heartbeat_interval", out var hb) || hb.ValueKind != JsonValueKind.Number || hb.GetDouble() <= 0))
            {
                LogMalformed(_logger, ShardId, "Hello without heartbeat_interval");
                return false;
            }

            if (op == GatewayOpcode.Dispatch && type is "READY" && !(HasString(data, "session_id") && HasString(data, "resume_gateway_url")))
            {
                LogMalformed(_logger, ShardId, "READY without session_id or resume_gateway_url");
                return false;
            }

            return true;
        }
        catch (JsonException exception)
        {
            LogMalformed(_logger, ShardId, exception.Message);
            return false;
        }
    }

    private static bool HasString(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String;

    private void ForgetSession()
    {
        _sessionId = null;
        _resumeUrl = null;
        _sequence = null;
    }

    /// <summary>The mutable facts of one connection, shared by the receive loop and the heartbeat.</summary>
    private sealed class ConnectionState
    {
        public bool Hello { get; set; }

        public bool Established { get; set; }

        public bool Zombie { get; set; }
    }

    private readonly record struct ConnectionOutcome(GatewayNextStep Step, int? CloseCode, bool Established, TimeSpan? Delay = null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {ShardId} identified (of {ShardCount})")]
    private static partial void LogIdentified(ILogger logger, int shardId, int shardCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {ShardId} is ready")]
    private static partial void LogReady(ILogger logger, int shardId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {ShardId} resumed at sequence {Sequence}")]
    private static partial void LogResumed(ILogger logger, int shardId, int? sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {ShardId} was closed with {CloseCode} ({Reason})")]
    private static partial void LogClosed(ILogger logger, int shardId, int? closeCode, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord shard {ShardId} stopped for good: close code {CloseCode}, {Meaning}. Fix the configuration and restart")]
    private static partial void LogFatalClose(ILogger logger, int shardId, int? closeCode, string meaning);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {ShardId} reconnects after {CloseCode} ({Meaning}) to {Action} in {Delay}")]
    private static partial void LogReconnecting(ILogger logger, int shardId, int? closeCode, string meaning, string action, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord asked shard {ShardId} to reconnect")]
    private static partial void LogReconnectRequested(ILogger logger, int shardId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord invalidated the session of shard {ShardId} (resumable: {Resumable})")]
    private static partial void LogInvalidSession(ILogger logger, int shardId, bool resumable);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord shard {ShardId} got no heartbeat ACK; closing the zombie connection to resume")]
    private static partial void LogZombie(ILogger logger, int shardId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord shard {ShardId} lost its connection: {Error}")]
    private static partial void LogConnectionFailed(ILogger logger, int shardId, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord shard {ShardId}'s connection broke; reconnecting")]
    private static partial void LogConnectionBroke(ILogger logger, Exception exception, int shardId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord shard {ShardId} skipped a malformed gateway frame: {Problem}")]
    private static partial void LogMalformed(ILogger logger, int shardId, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord shard {ShardId} skipped a gateway message over {MaxBytes} bytes")]
    private static partial void LogOversized(ILogger logger, int shardId, int maxBytes);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord shard {ShardId} ignored opcode {Op}")]
    private static partial void LogUnexpectedOp(ILogger logger, int shardId, int op);

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord shard {ShardId} dropped a {Type} event: the handlers are behind by a full queue")]
    private static partial void LogQueueFull(ILogger logger, int shardId, string type);
}
