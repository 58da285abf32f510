using System.Text.Json.Nodes;

namespace StudyBot.Matrix.Sending;

/// <summary>One event the bot is sending: where, what, and the transaction id every try of it uses.</summary>
internal sealed record OutgoingEvent(string RoomId, string EventType, string TransactionId, JsonObject Content);
