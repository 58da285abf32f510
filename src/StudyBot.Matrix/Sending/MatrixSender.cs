using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Matrix.Events;
using StudyBot.Matrix.Http;
using StudyBot.Matrix.Session;

namespace StudyBot.Matrix.Sending;

/// <summary>
/// Sends the bot's events, one queue per room so a rate-limited room never holds up the others and a room sees its
/// events in order; scheduled posts to one room leave at least <see cref="MatrixOptions.ScheduledPostInterval"/> apart.
/// </summary>
/// <remarks>
/// Before an event is queued it is written to the store (<see cref="OutgoingEvents"/>) with its transaction id, which
/// is derived from the message's logical key; it is forgotten once the send ended. A crash in between leaves it there,
/// and <see cref="ResendPendingAsync"/> sends it again at the next start with the same transaction id, so the server
/// shows it once whether or not the first try arrived.
/// </remarks>
internal sealed partial class MatrixSender(
    MatrixClient client,
    OutgoingEvents outgoing,
    AccountRestrictions restrictions,
    IOptions<MatrixOptions> options,
    TimeProvider time,
    ILogger<MatrixSender> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Channel<PendingSend>> queues = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Task> workers = [];
    private readonly CancellationTokenSource stopping = new();
    private int stopped;

    /// <summary>
    /// Stores a notice (split into several events when long) as outgoing and queues it. The returned task completes
    /// once the notice is durable; the task it holds completes when every part was sent.
    /// </summary>
    /// <param name="roomId">The room.</param>
    /// <param name="blocks">The notice's paragraphs.</param>
    /// <param name="replyTo">The event it answers, or null for a post of its own.</param>
    /// <param name="logicalKey">Names the message for de-duplication, e.g. "reply:" and the event id of the command it answers.</param>
    /// <param name="maxAttempts">Fewer tries than "until it works", for senders that retry on their own (the outbox).</param>
    /// <param name="scheduled">A scheduled post: paced per room.</param>
    /// <param name="cancellationToken">Stops storing; a queued send is stopped only by disposal.</param>
    public async Task<Task<IReadOnlyList<string>>> QueueNoticeAsync(
        string roomId,
        IEnumerable<NoticeBlock> blocks,
        ReplyTarget? replyTo,
        string logicalKey,
        CancellationToken cancellationToken,
        int? maxAttempts = null,
        bool scheduled = false)
    {
        var parts = Prepare(roomId, blocks, replyTo, logicalKey);
        foreach (var part in parts)
        {
            await outgoing.AddAsync(part, cancellationToken).ConfigureAwait(false);
        }

        return QueueStored(parts, maxAttempts, scheduled);
    }

    /// <summary>
    /// A notice as the events it travels in (several when long), each with its transaction id, neither stored nor
    /// queued: for a caller that stores them together with other writes (<see cref="OutgoingEvents.ValuesOf"/>) and
    /// then calls <see cref="QueueStored"/>.
    /// </summary>
    public static IReadOnlyList<OutgoingEvent> Prepare(string roomId, IEnumerable<NoticeBlock> blocks, ReplyTarget? replyTo, string logicalKey)
    {
        var parts = NoticeSplitter.Pack(blocks);
        var events = new OutgoingEvent[parts.Count];
        for (var index = 0; index < parts.Count; index++)
        {
            events[index] = new OutgoingEvent(roomId, MatrixEventTypes.Message, TransactionId($"{logicalKey}:{index}"), MatrixEventContent.Notice(parts[index], replyTo));
        }

        return events;
    }

    /// <summary>Queues events already in the store; the task completes when every one was sent.</summary>
    public Task<IReadOnlyList<string>> QueueStored(IReadOnlyList<OutgoingEvent> parts, int? maxAttempts = null, bool scheduled = false)
    {
        var sends = new List<Task<string>>(parts.Count);
        foreach (var part in parts)
        {
            sends.Add(Enqueue(part, maxAttempts, scheduled, stored: true));
        }

        return WhenAllAsync(sends);
    }

    /// <summary>
    /// Adds a reaction; one the server already holds counts as sent. Not stored: a reaction only offers what the reply
    /// already says, and the typed command does the same, so it is not worth a write (and a delete) per reaction.
    /// </summary>
    public Task<string> ReactAsync(string roomId, string eventId, string key, string logicalKey) =>
        Enqueue(new OutgoingEvent(roomId, MatrixEventTypes.Reaction, TransactionId(logicalKey), MatrixEventContent.Reaction(eventId, key)), null, scheduled: false, stored: false);

    /// <summary>Queues again what a stopped or crashed process left unsent, with its transaction ids; returns how many.</summary>
    public async Task<int> ResendPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await outgoing.PendingAsync(cancellationToken).ConfigureAwait(false);
        foreach (var outgoingEvent in pending)
        {
            _ = Enqueue(outgoingEvent, null, scheduled: false, stored: true);
        }

        if (pending.Count > 0)
        {
            LogResending(logger, pending.Count);
        }

        return pending.Count;
    }

    /// <summary>
    /// The transaction id of a message: fixed by its logical key, so a retry, a second instance or a resend after a
    /// crash all use the same one (the server keeps them per device).
    /// </summary>
    internal static string TransactionId(string logicalKey) =>
        "sb" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(logicalKey)))[..32];

    private static async Task<IReadOnlyList<string>> WhenAllAsync(List<Task<string>> sends) => await Task.WhenAll(sends).ConfigureAwait(false);

    private Task<string> Enqueue(OutgoingEvent outgoingEvent, int? maxAttempts, bool scheduled, bool stored)
    {
        var pending = new PendingSend(outgoingEvent, maxAttempts, scheduled, stored);
        var queue = queues.GetOrAdd(outgoingEvent.RoomId, StartQueue);
        if (!queue.Writer.TryWrite(pending))
        {
            pending.Done.TrySetCanceled();
        }

        return pending.Done.Task;
    }

    private Channel<PendingSend> StartQueue(string roomId)
    {
        var queue = Channel.CreateUnbounded<PendingSend>(new UnboundedChannelOptions { SingleReader = true });
        workers.Add(Task.Run(() => DrainAsync(queue.Reader, stopping.Token)));
        return queue;
    }

    private async Task DrainAsync(ChannelReader<PendingSend> reader, CancellationToken cancellationToken)
    {
        DateTimeOffset? lastScheduled = null;
        try
        {
            await foreach (var pending in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (pending.Scheduled)
                {
                    if (lastScheduled is { } last && last + options.Value.ScheduledPostInterval - time.GetUtcNow() is { Ticks: > 0 } wait)
                    {
                        await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                    }

                    lastScheduled = time.GetUtcNow();
                }

                await SendOneAsync(pending, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            while (reader.TryRead(out var left))
            {
                left.Done.TrySetCanceled(cancellationToken);
            }
        }
    }

    private async Task SendOneAsync(PendingSend pending, CancellationToken cancellationToken)
    {
        var sent = pending.Event;
        try
        {
            var eventId = await client.SendEventAsync(sent.RoomId, sent.EventType, sent.TransactionId, sent.Content, pending.MaxAttempts, cancellationToken)
                .ConfigureAwait(false);
            restrictions.Succeeded(wasSend: true);
            await ForgetAsync(pending).ConfigureAwait(false);
            pending.Done.TrySetResult(eventId);
        }
        catch (MatrixApiException exception) when (exception.ErrorCode == MatrixErrorCodes.DuplicateAnnotation)
        {
            await ForgetAsync(pending).ConfigureAwait(false);
            pending.Done.TrySetResult("");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the event stays stored and is sent again at the next start.
            pending.Done.TrySetCanceled(cancellationToken);
            throw;
        }
        catch (Exception exception) when (exception is MatrixApiException or HttpRequestException or IOException or Polly.Timeout.TimeoutRejectedException)
        {
            if (exception is not MatrixApiException apiException || !restrictions.Report(apiException))
            {
                LogSendFailed(logger, sent.EventType, sent.RoomId, exception.Message);
            }

            await ForgetAsync(pending).ConfigureAwait(false);
            pending.Done.TrySetException(exception);
        }
    }

    /// <summary>The send has ended one way or the other; a failure to forget only means one harmless resend later.</summary>
    private async Task ForgetAsync(PendingSend pending)
    {
        if (!pending.Stored)
        {
            return;
        }

        try
        {
            await outgoing.RemoveAsync(pending.Event, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
        {
            LogForgetFailed(logger, pending.Event.RoomId, exception.Message);
        }
    }

    /// <summary>
    /// Stops every queue and waits for it. Called when the host stops, before the HTTP pipeline goes away: an event
    /// still in flight then stays stored and is sent again at the next start.
    /// </summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        foreach (var queue in queues.Values)
        {
            queue.Writer.TryComplete();
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {EventType} to {RoomId} failed: {Error}")]
    private static partial void LogSendFailed(ILogger logger, string eventType, string roomId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending again {Count} Matrix events that were not confirmed before the last stop")]
    private static partial void LogResending(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sent event to {RoomId} stays stored and will be sent again (harmlessly) at the next start: {Error}")]
    private static partial void LogForgetFailed(ILogger logger, string roomId, string error);

    private sealed record PendingSend(OutgoingEvent Event, int? MaxAttempts, bool Scheduled, bool Stored)
    {
        public TaskCompletionSource<string> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
