using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Platforms;
using StudyBot.Matrix.Events;
using StudyBot.Matrix.Http;
using StudyBot.Matrix.Rooms;
using StudyBot.Matrix.Sending;
using StudyBot.Matrix.Session;

namespace StudyBot.Matrix.Sync;

/// <summary>
/// Handles one <c>/sync</c> response: answers invites, tracks room state, fills timeline gaps, passes members'
/// messages, reactions and redactions to the front door, and reports rooms the bot left. A room or an event that
/// fails is logged and passed over; it never stops the batch.
/// </summary>
internal sealed partial class SyncBatchHandler(
    MatrixClient client,
    MatrixSession session,
    RoomStates rooms,
    InviterPolicy inviters,
    MatrixSender sender,
    RecentEvents recent,
    IEventClaims claims,
    IServiceScopeFactory scopes,
    IEnumerable<IMatrixRoomLifecycle> lifecycles,
    IOptions<MatrixOptions> options,
    TimeProvider time,
    ILogger<SyncBatchHandler> logger)
{
    /// <summary>Longer bodies are not commands; they are ignored unread.</summary>
    public const int MaxCommandBodyLength = 4_000;

    private const int GapPageSize = 50;
    private const int MaxGapPages = 10;
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromDays(2);

    /// <param name="root">The response.</param>
    /// <param name="baseline">The first sync ever: state and invites only, no commands from history.</param>
    /// <param name="cancellationToken">Stops handling.</param>
    public async Task HandleAsync(JsonElement root, bool baseline, CancellationToken cancellationToken)
    {
        if (Json.Object(root, "rooms") is not { } roomSections)
        {
            return;
        }

        foreach (var invite in Json.Properties(roomSections, "invite"))
        {
            await GuardAsync(invite.Name, () => HandleInviteAsync(invite.Name, invite.Value, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        foreach (var joined in Json.Properties(roomSections, "join"))
        {
            await GuardAsync(joined.Name, () => HandleJoinedAsync(joined.Name, joined.Value, baseline, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        if (!baseline)
        {
            foreach (var left in Json.Properties(roomSections, "leave"))
            {
                await GuardAsync(left.Name, () => HandleLeftAsync(left.Name, left.Value, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task GuardAsync(string roomId, Func<Task> handle, CancellationToken cancellationToken)
    {
        try
        {
            await handle().ConfigureAwait(false);
        }
        catch (MatrixApiException exception) when (!exception.AccountUnusable)
        {
            LogRoomFailed(logger, roomId, exception.Message);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or ArgumentException && !cancellationToken.IsCancellationRequested)
        {
            LogRoomFailed(logger, roomId, exception.Message);
        }
    }

    private async Task HandleInviteAsync(string roomId, JsonElement room, CancellationToken cancellationToken)
    {
        var stripped = Json.Object(room, "invite_state") is { } inviteState ? MatrixEvent.ReadAll(Json.Array(inviteState, "events")) : [];
        var invite = stripped.LastOrDefault(e => e.Type == MatrixEventTypes.Member && e.StateKey == session.UserId
            && Json.String(e.Content, "membership") == "invite");
        var inviter = invite?.Sender;
        string? refusal =
            stripped.Any(e => e.Type == MatrixEventTypes.Create && Json.String(e.Content, "type") == "m.space")
                ? "StudyBot serves rooms, not spaces."
            : stripped.Any(e => e.Type == MatrixEventTypes.Encryption)
                ? "StudyBot cannot read encrypted rooms; invite it to a room without encryption."
            : inviter is null || !inviters.IsAllowed(inviter)
                ? "StudyBot joins rooms only on invitation from someone its operator allowed."
            : null;

        if (refusal is not null)
        {
            LogInviteDeclined(logger, roomId, inviter, refusal);
            await client.LeaveAsync(roomId, refusal, cancellationToken).ConfigureAwait(false);
            return;
        }

        await client.JoinAsync(roomId, InviterPolicy.ServerOf(inviter!) is { } server ? [server] : [], cancellationToken).ConfigureAwait(false);
        LogJoined(logger, roomId, inviter!);
    }

    private async Task HandleJoinedAsync(string roomId, JsonElement room, bool baseline, CancellationToken cancellationToken)
    {
        var state = rooms.For(roomId);
        var stateAfter = Json.Object(room, "state_after");
        if (stateAfter is null && Json.Object(room, "state") is { } stateBefore)
        {
            ApplyAll(state, MatrixEvent.ReadAll(Json.Array(stateBefore, "events")));
        }

        var timeline = Json.Object(room, "timeline");
        var events = timeline is { } t ? MatrixEvent.ReadAll(Json.Array(t, "events")) : [];
        IReadOnlyList<MatrixEvent> missed = [];
        if (!baseline && timeline is { } limitedTimeline && Json.True(limitedTimeline, "limited") && Json.String(limitedTimeline, "prev_batch") is { } prevBatch)
        {
            missed = await FillGapAsync(roomId, prevBatch, events, cancellationToken).ConfigureAwait(false);
        }

        // The gap's events are older than the state already applied: they are run, never applied as state.
        foreach (var missedEvent in missed)
        {
            await DispatchAsync(roomId, state, missedEvent, cancellationToken).ConfigureAwait(false);
        }

        foreach (var timelineEvent in events)
        {
            if (timelineEvent.IsState)
            {
                state.Apply(timelineEvent);
                if (!baseline)
                {
                    await OnStateChangedAsync(roomId, timelineEvent, cancellationToken).ConfigureAwait(false);
                }
            }
            else if (!baseline)
            {
                await DispatchAsync(roomId, state, timelineEvent, cancellationToken).ConfigureAwait(false);
            }
        }

        if (stateAfter is { } after)
        {
            ApplyAll(state, MatrixEvent.ReadAll(Json.Array(after, "events")));
        }

        if (state.IsEncrypted)
        {
            await LeaveEncryptedAsync(roomId, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void ApplyAll(RoomState state, IEnumerable<MatrixEvent> stateEvents)
    {
        foreach (var stateEvent in stateEvents)
        {
            state.Apply(stateEvent);
        }
    }

    private async Task<IReadOnlyList<MatrixEvent>> FillGapAsync(string roomId, string prevBatch, IReadOnlyList<MatrixEvent> timeline, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.MaxCommandAge;
        var inTimeline = timeline.Select(e => e.EventId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var older = new List<MatrixEvent>();
        var from = prevBatch;
        for (var page = 0; page < MaxGapPages; page++)
        {
            using var document = await client.MessagesBackwardAsync(roomId, from, GapPageSize, cancellationToken).ConfigureAwait(false);
            var chunk = MatrixEvent.ReadAll(Json.Array(document.RootElement, "chunk"));
            var reachedKnown = false;
            foreach (var olderEvent in chunk)
            {
                if (olderEvent.SentAt < cutoff || (olderEvent.EventId is { } id && recent.Contains(id)))
                {
                    reachedKnown = true;
                    break;
                }

                older.Add(olderEvent);
            }

            var end = Json.String(document.RootElement, "end");
            if (reachedKnown || chunk.Count == 0 || end is null)
            {
                break;
            }

            from = end;
        }

        older.Reverse();
        LogGapFilled(logger, roomId, older.Count);
        return older.Where(e => e.EventId is null || !inTimeline.Contains(e.EventId)).ToList();
    }

    private async Task OnStateChangedAsync(string roomId, MatrixEvent stateEvent, CancellationToken cancellationToken)
    {
        if (stateEvent.Type != MatrixEventTypes.Tombstone || Json.String(stateEvent.Content, "replacement_room") is not { } successor)
        {
            return;
        }

        LogTombstone(logger, roomId, successor);
        await client.JoinAsync(successor, InviterPolicy.ServerOf(stateEvent.Sender) is { } server ? [server] : [], cancellationToken).ConfigureAwait(false);
        foreach (var lifecycle in lifecycles)
        {
            await lifecycle.RoomReplacedAsync(roomId, successor, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task LeaveEncryptedAsync(string roomId, CancellationToken cancellationToken)
    {
        if (!recent.Add("encrypted-room:" + roomId))
        {
            return;
        }

        LogEncryptedRoom(logger, roomId);
        try
        {
            var sent = await sender.QueueNoticeAsync(
                    roomId,
                    [NoticeBlock.FromPlain("This room is encrypted and StudyBot cannot read encrypted messages, so it leaves. Invite it to a room without encryption.")],
                    null,
                    $"encrypted:{roomId}",
                    cancellationToken,
                    maxAttempts: 3)
                .ConfigureAwait(false);
            await sent.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is MatrixApiException or HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            LogRoomFailed(logger, roomId, exception.Message);
        }

        await client.LeaveAsync(roomId, "StudyBot cannot read encrypted rooms.", cancellationToken).ConfigureAwait(false);
    }

    private async Task HandleLeftAsync(string roomId, JsonElement room, CancellationToken cancellationToken)
    {
        var events = (Json.Object(room, "state") is { } state ? MatrixEvent.ReadAll(Json.Array(state, "events")) : [])
            .Concat(Json.Object(room, "timeline") is { } timeline ? MatrixEvent.ReadAll(Json.Array(timeline, "events")) : []);
        var membership = events.LastOrDefault(e => e.Type == MatrixEventTypes.Member && e.StateKey == session.UserId);
        var departure = membership is null ? RoomDeparture.Left
            : Json.String(membership.Content, "membership") == "ban" ? RoomDeparture.Banned
            : membership.Sender != session.UserId ? RoomDeparture.Kicked
            : RoomDeparture.Left;
        LogLeft(logger, roomId, departure, membership?.Sender, membership is null ? null : Json.String(membership.Content, "reason"));
        rooms.Forget(roomId);
        foreach (var lifecycle in lifecycles)
        {
            await lifecycle.RoomLeftAsync(roomId, departure, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DispatchAsync(string roomId, RoomState state, MatrixEvent roomEvent, CancellationToken cancellationToken)
    {
        if (roomEvent.EventId is not { } eventId || !IsForFrontDoor(roomEvent))
        {
            return;
        }

        if (roomEvent.SentAt < time.GetUtcNow() - options.Value.MaxCommandAge)
        {
            LogTooOld(logger, eventId, roomId);
            return;
        }

        if (!recent.Add(eventId) || !await claims.TryClaimAsync("matrix", eventId, ClaimLifetime, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var attempts = options.Value.EventAttempts;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var handler in scope.ServiceProvider.GetServices<IMatrixEventHandler>())
                {
                    await handler.HandleAsync(new RoomEvent(roomId, roomEvent, state), cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not MatrixApiException { AccountUnusable: true })
            {
                if (attempt == attempts)
                {
                    LogEventSkipped(logger, exception, eventId, roomId, attempts);
                }
                else
                {
                    LogEventRetried(logger, eventId, roomId, attempt, exception.Message);
                }
            }
        }
    }

    /// <summary>
    /// Members' commands (text messages that start with the prefix), reactions and redactions; never the bot's own
    /// events, notices (the spec says not to answer them automatically, which keeps bots from answering each other),
    /// edits, redacted events or huge bodies. Chatter is passed over before it costs a claim.
    /// </summary>
    private bool IsForFrontDoor(MatrixEvent roomEvent)
    {
        if (roomEvent.Sender == session.UserId || roomEvent.IsRedacted || roomEvent.IsState)
        {
            return false;
        }

        return roomEvent.Type switch
        {
            MatrixEventTypes.Message => roomEvent.MessageType == "m.text"
                && roomEvent.Body is { Length: > 0 and <= MaxCommandBodyLength } body
                && roomEvent.RelationType != "m.replace"
                && CommandText.Of(body, options.Value.CommandPrefix) is not null,
            MatrixEventTypes.Reaction => roomEvent.RelationType == "m.annotation"
                && roomEvent.RelatesTo is { } relation && Json.String(relation, "event_id") is not null && Json.String(relation, "key") is not null,
            MatrixEventTypes.Redaction => roomEvent.Redacts is not null,
            _ => false,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Joined {RoomId} on the invitation of {Inviter}")]
    private static partial void LogJoined(ILogger logger, string roomId, string inviter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Declined the invitation to {RoomId} from {Inviter}: {Reason}")]
    private static partial void LogInviteDeclined(ILogger logger, string roomId, string? inviter, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Out of room {RoomId}: {Departure} by {By} ({Reason}); its schedules stop")]
    private static partial void LogLeft(ILogger logger, string roomId, RoomDeparture departure, string? by, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Room {RoomId} was replaced by {Successor}; joining it and moving its schedules")]
    private static partial void LogTombstone(ILogger logger, string roomId, string successor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Room {RoomId} is encrypted; the bot says so and leaves")]
    private static partial void LogEncryptedRoom(ILogger logger, string roomId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Filled a gap in {RoomId} with {Count} missed events")]
    private static partial void LogGapFilled(ILogger logger, string roomId, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {EventId} in {RoomId} is older than the catch-up age; not run")]
    private static partial void LogTooOld(ILogger logger, string eventId, string roomId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling event {EventId} in {RoomId} failed (attempt {Attempt}): {Error}")]
    private static partial void LogEventRetried(ILogger logger, string eventId, string roomId, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {EventId} in {RoomId} failed {Attempts} times and is skipped")]
    private static partial void LogEventSkipped(ILogger logger, Exception exception, string eventId, string roomId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling room {RoomId} in this sync failed: {Error}")]
    private static partial void LogRoomFailed(ILogger logger, string roomId, string error);
}
