using System.Collections.Concurrent;
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
/// <remarks>
/// <para>
/// Rooms run side by side (events within a room in order), and the batch's writes are few: one read of the claims of
/// every event it may run, and at the end one transaction (<see cref="IEventOutcomes"/>) that claims the events it ran
/// and stores their replies together. Only then are the replies queued for sending.
/// </para>
/// <para>
/// So no crash loses a reply. Before that commit, the <c>since</c> token was not advanced either: the batch is
/// delivered again after a restart and its unclaimed events run again. After it, the events are claimed (not run again)
/// and the stored replies are sent at the next start with their transaction ids, so they show once. The cost is on the
/// command's own side effects, which the core writes as the command runs: after a crash before the commit they happen
/// again on the rerun (a quote is added to the channel's history twice, a quiz answer recorded before the crash makes
/// the rerun answer "already answered", a moderator's setup may be done twice); the member sees the rerun's reply.
/// Two instances given the same batch may both run an event; only the one whose commit claims it sends its reply.
/// </para>
/// </remarks>
internal sealed partial class SyncBatchHandler(
    MatrixClient client,
    MatrixSession session,
    RoomStates rooms,
    InviterPolicy inviters,
    MatrixSender sender,
    RecentEvents recent,
    IEventOutcomes outcomes,
    IServiceScopeFactory scopes,
    IEnumerable<IMatrixRoomLifecycle> lifecycles,
    IOptions<MatrixOptions> options,
    TimeProvider time,
    ILogger<SyncBatchHandler> logger)
{
    /// <summary>Longer bodies are not commands; they are ignored unread.</summary>
    public const int MaxCommandBodyLength = 4_000;

    private const string Platform = "matrix";
    private const int GapPageSize = 50;
    private const int MaxGapPages = 10;

    /// <summary>Rooms handled at once: enough to overlap one room's database waits with another's work.</summary>
    private const int RoomsAtOnce = 8;

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

        var timelines = new List<RoomTimeline>();
        foreach (var joined in Json.Properties(roomSections, "join"))
        {
            await GuardAsync(joined.Name, async () => timelines.Add(await ReadJoinedAsync(joined.Name, joined.Value, baseline, cancellationToken).ConfigureAwait(false)), cancellationToken)
                .ConfigureAwait(false);
        }

        await RunJoinedAsync(timelines, baseline, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Runs the rooms' timelines, then commits what ran, also when the batch stops early (the host stopping): what ran
    /// is claimed with its replies rather than run again.
    /// </summary>
    private async Task RunJoinedAsync(List<RoomTimeline> timelines, bool baseline, CancellationToken cancellationToken)
    {
        var handled = new ConcurrentQueue<(string EventId, EventReplies Replies)>();
        try
        {
            var runnable = timelines.SelectMany(t => t.Runnable).ToList();
            var claimed = runnable.Count == 0 ? new HashSet<string>(StringComparer.Ordinal) : await outcomes.ClaimedAsync(Platform, runnable, cancellationToken).ConfigureAwait(false);
            await Parallel.ForEachAsync(
                    timelines,
                    new ParallelOptions { MaxDegreeOfParallelism = RoomsAtOnce, CancellationToken = cancellationToken },
                    async (timeline, token) => await GuardAsync(timeline.RoomId, () => RunRoomAsync(timeline, baseline, claimed, handled, token), token).ConfigureAwait(false))
                .ConfigureAwait(false);
        }
        finally
        {
            await CommitAsync(handled).ConfigureAwait(false);
        }
    }

    private async Task CommitAsync(ConcurrentQueue<(string EventId, EventReplies Replies)> handled)
    {
        if (handled.IsEmpty)
        {
            return;
        }

        var done = handled.ToList();
        var ran = done.ConvertAll(h => new EventOutcome(h.EventId, [.. h.Replies.State, .. h.Replies.All.SelectMany(r => r.Parts).SelectMany(OutgoingEvents.ValuesOf)]));

        // Not cancelled with the batch: what ran is worth keeping even when the host is stopping.
        var claimedNow = await outcomes.CommitAsync(Platform, ran, ClaimLifetime, CancellationToken.None).ConfigureAwait(false);
        foreach (var (eventId, replies) in done)
        {
            if (!claimedNow.Contains(eventId))
            {
                LogClaimedElsewhere(logger, eventId);
                continue;
            }

            foreach (var reply in replies.All)
            {
                var sent = sender.QueueStored(reply.Parts);
                reply.WhenQueued?.Invoke(sent);
            }
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

    private async Task<RoomTimeline> ReadJoinedAsync(string roomId, JsonElement room, bool baseline, CancellationToken cancellationToken)
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

        var runnable = new HashSet<string>(StringComparer.Ordinal);
        if (!baseline)
        {
            foreach (var roomEvent in missed.Concat(events))
            {
                if (RunnableId(roomId, roomEvent) is { } eventId)
                {
                    runnable.Add(eventId);
                }
            }
        }

        return new RoomTimeline(roomId, state, missed, events, stateAfter, runnable);
    }

    private async Task RunRoomAsync(
        RoomTimeline timeline, bool baseline, IReadOnlySet<string> claimed, ConcurrentQueue<(string EventId, EventReplies Replies)> handled, CancellationToken cancellationToken)
    {
        var (roomId, state) = (timeline.RoomId, timeline.State);
        foreach (var missedEvent in timeline.Missed)
        {
            await DispatchAsync(timeline, missedEvent, claimed, handled, cancellationToken).ConfigureAwait(false);
        }

        foreach (var timelineEvent in timeline.Events)
        {
            if (timelineEvent.IsState)
            {
                state.Apply(timelineEvent);
                if (!baseline)
                {
                    await OnStateChangedAsync(roomId, timelineEvent, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                await DispatchAsync(timeline, timelineEvent, claimed, handled, cancellationToken).ConfigureAwait(false);
            }
        }

        if (timeline.StateAfter is { } after)
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

    /// <summary>The event's id when it is for the front door, recent enough and not handled in this process before; else null.</summary>
    private string? RunnableId(string roomId, MatrixEvent roomEvent)
    {
        if (roomEvent.EventId is not { } eventId || !IsForFrontDoor(roomEvent) || recent.Contains(eventId))
        {
            return null;
        }

        if (roomEvent.SentAt < time.GetUtcNow() - options.Value.MaxCommandAge)
        {
            LogTooOld(logger, eventId, roomId);
            return null;
        }

        return eventId;
    }

    private async Task DispatchAsync(
        RoomTimeline timeline, MatrixEvent roomEvent, IReadOnlySet<string> claimed, ConcurrentQueue<(string EventId, EventReplies Replies)> handled, CancellationToken cancellationToken)
    {
        if (roomEvent.EventId is not { } eventId || !timeline.Runnable.Contains(eventId) || claimed.Contains(eventId) || !recent.Add(eventId))
        {
            return;
        }

        var attempts = options.Value.EventAttempts;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var replies = new EventReplies();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var handler in scope.ServiceProvider.GetServices<IMatrixEventHandler>())
                {
                    await handler.HandleAsync(new RoomEvent(timeline.RoomId, roomEvent, timeline.State, replies), cancellationToken).ConfigureAwait(false);
                }

                handled.Enqueue((eventId, replies));
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not MatrixApiException { AccountUnusable: true })
            {
                if (attempt == attempts)
                {
                    // Claimed without a reply, so it does not run again after a restart either.
                    LogEventSkipped(logger, exception, eventId, timeline.RoomId, attempts);
                    handled.Enqueue((eventId, new EventReplies()));
                }
                else
                {
                    LogEventRetried(logger, eventId, timeline.RoomId, attempt, exception.Message);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {EventId} was claimed by another instance while this one ran it; its reply here is dropped")]
    private static partial void LogClaimedElsewhere(ILogger logger, string eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling room {RoomId} in this sync failed: {Error}")]
    private static partial void LogRoomFailed(ILogger logger, string roomId, string error);
}
