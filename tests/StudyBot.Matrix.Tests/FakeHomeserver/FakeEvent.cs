using System.Text.Json.Nodes;

namespace StudyBot.Matrix.Tests.FakeHomeserver;

/// <summary>One event in the fake server's single stream; <see cref="Position"/> orders every room's events.</summary>
/// <remarks>Tests may append malformed JSON, so every field reads as null when missing or of another type.</remarks>
public sealed record FakeEvent(long Position, string RoomId, JsonObject Json)
{
    public string? EventId => Text(Json["event_id"]);

    public string? Type => Text(Json["type"]);

    public string? Sender => Text(Json["sender"]);

    public string? StateKey => Text(Json["state_key"]);

    public JsonObject Content => Json["content"] as JsonObject ?? [];

    public string? Body => Text(Content["body"]);

    public string? Membership => Text(Content["membership"]);

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
