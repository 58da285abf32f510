using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Platforms;
using StudyBot.Matrix.Events;
using StudyBot.Matrix.Http;
using StudyBot.Matrix.Session;

namespace StudyBot.Matrix.Sending;

/// <summary>
/// Sends the bot's events, one queue per room so a rate-limited room never holds up the others and a room sees its
/// events in order. Each send's transaction id is fixed in the state store before the first try: a retry, or a
/// resend of the same logical message after a crash, reuses it and the server shows the event once.
/// </summary>
internal sealed partial class MatrixSender(MatrixClient client, IPlatformStateStore store, ILogger<MatrixSender> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Channel<PendingSend>> queues = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Task> workers = [];
    private readonly CancellationTokenSource stopping = new();

    /// <summary>
    /// Queues a notice (split into several events when long) and completes when all parts were sent.
    /// <paramref name="logicalKey"/> names the message for de-duplication, e.g. the event id of the command it answers.
    /// </summary>
    public Task<IReadOnlyList<string>> SendNoticeAsync(
        string roomId,
        IEnumerable<NoticeBlock> blocks,
        ReplyTarget? replyTo,
        string logicalKey,
        int? maxAttempts = null)
    {
        var parts = NoticeSplitter.Pack(blocks);
        var sends = parts.Select((part, index) =>
            Enqueue(roomId, MatrixEventTypes.Message, MatrixEventContent.Notice(part, replyTo), $"{logicalKey}:{index}", maxAttempts));
        return WhenAllAsync(sends.ToList());
    }

    /// <summary>Adds a reaction; one the server already holds counts as sent.</summary>
    public Task<string> ReactAsync(string roomId, string eventId, string key, string logicalKey) =>
        Enqueue(roomId, MatrixEventTypes.Reaction, MatrixEventContent.Reaction(eventId, key), logicalKey, null);

    private static async Task<IReadOnlyList<string>> WhenAllAsync(List<Task<string>> sends) => await Task.WhenAll(sends).ConfigureAwait(false);

    private Task<string> Enqueue(string roomId, string eventType, JsonObject content, string logicalKey, int? maxAttempts)
    {
        var pending = new PendingSend(roomId, eventType, content, logicalKey, maxAttempts);
        var queue = queues.GetOrAdd(roomId, StartQueue);
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
        try
        {
            await foreach (var pending in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
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
        try
        {
            var transactionId = await store.GetOrAddAsync(MatrixStateKeys.Transaction(pending.LogicalKey), NewTransactionId(), cancellationToken)
                .ConfigureAwait(false);
            var eventId = await client.SendEventAsync(pending.RoomId, pending.EventType, transactionId, pending.Content, pending.MaxAttempts, cancellationToken)
                .ConfigureAwait(false);
            pending.Done.TrySetResult(eventId);
        }
        catch (MatrixApiException exception) when (exception.ErrorCode == MatrixErrorCodes.DuplicateAnnotation)
        {
            pending.Done.TrySetResult("");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            pending.Done.TrySetCanceled(cancellationToken);
            throw;
        }
        catch (Exception exception) when (exception is MatrixApiException or HttpRequestException or IOException or Polly.Timeout.TimeoutRejectedException)
        {
            LogSendFailed(logger, pending.EventType, pending.RoomId, exception.Message);
            pending.Done.TrySetException(exception);
        }
    }

    private static string NewTransactionId() => "sb" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        foreach (var queue in queues.Values)
        {
            queue.Writer.TryComplete();
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending {EventType} to {RoomId} failed: {Error}")]
    private static partial void LogSendFailed(ILogger logger, string eventType, string roomId, string error);

    private sealed record PendingSend(string RoomId, string EventType, JsonObject Content, string LogicalKey, int? MaxAttempts)
    {
        public TaskCompletionSource<string> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
