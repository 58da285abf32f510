using System.Text.Json;
using StudyBot.Matrix.Http;

namespace StudyBot.Matrix.Events;

/// <summary>
/// One room event as the client needs it. Read leniently from server JSON: an event without a type or sender is
/// dropped (<see cref="TryRead"/> returns null), a content that is not an object reads as empty.
/// </summary>
internal sealed record MatrixEvent(
    string? EventId,
    string Type,
    string Sender,
    long OriginServerTs,
    string? StateKey,
    JsonElement Content,
    string? Redacts,
    bool IsRedacted)
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    public bool IsState => StateKey is not null;

    public DateTimeOffset SentAt => DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(OriginServerTs, 0, 253402300799999));

    public string? MessageType => Json.String(Content, "msgtype");

    public string? Body => Json.String(Content, "body");

    /// <summary>The relation this event has to another (reply, thread, edit, annotation), or null.</summary>
    public JsonElement? RelatesTo => Json.Object(Content, "m.relates_to");

    public string? RelationType => RelatesTo is { } relation ? Json.String(relation, "rel_type") : null;

    public static MatrixEvent? TryRead(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var type = Json.String(element, "type");
        var sender = Json.String(element, "sender");
        if (string.IsNullOrEmpty(type) || string.IsNullOrEmpty(sender))
        {
            return null;
        }

        var content = Json.Object(element, "content")?.Clone() ?? EmptyObject;
        var redactedBecause = Json.Object(element, "unsigned") is { } unsigned && Json.Object(unsigned, "redacted_because") is not null;
        return new MatrixEvent(
            Json.String(element, "event_id"),
            type,
            sender,
            Json.Long(element, "origin_server_ts") ?? 0,
            Json.String(element, "state_key"),
            content,
            Json.String(content, "redacts") ?? Json.String(element, "redacts"),
            redactedBecause);
    }

    public static IReadOnlyList<MatrixEvent> ReadAll(IEnumerable<JsonElement> elements) =>
        elements.Select(TryRead).OfType<MatrixEvent>().ToList();
}
