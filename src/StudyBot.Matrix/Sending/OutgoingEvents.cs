using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StudyBot.Core.Platforms;
using StudyBot.Matrix.Http;

namespace StudyBot.Matrix.Sending;

/// <summary>
/// Events queued but not yet confirmed, kept in the platform state store under <c>matrix:outgoing:{txnId}:{n}</c>:
/// an event of up to 64 KiB is split over several values, since each holds at most 4,000 characters.
/// </summary>
/// <remarks>An event whose parts were not all written (a crash while storing it) never reached the queue, so it is dropped when read.</remarks>
internal sealed class OutgoingEvents(IPlatformStateStore store, IPlatformStateScan scan)
{
    public const string Prefix = "matrix:outgoing:";

    private const int ChunkLength = 3_900;

    public async Task AddAsync(OutgoingEvent outgoing, CancellationToken cancellationToken)
    {
        foreach (var (key, value) in ValuesOf(outgoing))
        {
            await store.SetAsync(key, value, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The state values that hold <paramref name="outgoing"/>, for a caller that writes them in a transaction of its own.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ValuesOf(OutgoingEvent outgoing)
    {
        var buffer = new ArrayBufferWriter<byte>(1_024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("room", outgoing.RoomId);
            writer.WriteString("type", outgoing.EventType);
            writer.WriteString("txn", outgoing.TransactionId);
            writer.WritePropertyName("content");
            outgoing.Content.WriteTo(writer);
            writer.WriteEndObject();
        }

        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        var values = new List<KeyValuePair<string, string>>((text.Length / ChunkLength) + 1);
        for (var (start, index) = (0, 0); start < text.Length; start += ChunkLength, index++)
        {
            values.Add(KeyValuePair.Create(KeyOf(outgoing.TransactionId) + index.ToString("D3", CultureInfo.InvariantCulture), text.Substring(start, Math.Min(ChunkLength, text.Length - start))));
        }

        return values;
    }

    public Task RemoveAsync(OutgoingEvent outgoing, CancellationToken cancellationToken) =>
        scan.RemoveOlderThanAsync(KeyOf(outgoing.TransactionId), DateTimeOffset.MaxValue, cancellationToken);

    /// <summary>Every stored event, whole; parts of an event that was never completely stored are forgotten.</summary>
    public async Task<IReadOnlyList<OutgoingEvent>> PendingAsync(CancellationToken cancellationToken)
    {
        var values = await scan.GetByPrefixAsync(Prefix, cancellationToken).ConfigureAwait(false);
        var events = new List<OutgoingEvent>();
        foreach (var parts in values.GroupBy(v => v.Key[..(v.Key.LastIndexOf(':') + 1)], StringComparer.Ordinal))
        {
            if (Read(string.Concat(parts.Select(p => p.Value))) is { } outgoing)
            {
                events.Add(outgoing);
            }
            else
            {
                await scan.RemoveOlderThanAsync(parts.Key, DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false);
            }
        }

        return events;
    }

    private static OutgoingEvent? Read(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return Json.String(root, "room") is { } room && Json.String(root, "type") is { } type && Json.String(root, "txn") is { } txn
                && Json.Object(root, "content") is { } content
                ? new OutgoingEvent(room, type, txn, JsonNode.Parse(content.GetRawText())!.AsObject())
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string KeyOf(string transactionId) => Prefix + transactionId + ":";
}
