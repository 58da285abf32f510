namespace StudyBot.Matrix.Events;

/// <summary>
/// Handles one message, reaction or redaction from another member (the front door). Resolved in its own scope per
/// event; the sync loop has already dropped the bot's own events, notices, edits, redacted and duplicate events.
/// Replies go to <see cref="RoomEvent.Replies"/>, never straight to the sender: the batch stores them with the
/// event's claim and sends them after.
/// </summary>
internal interface IMatrixEventHandler
{
    Task HandleAsync(RoomEvent roomEvent, CancellationToken cancellationToken);
}
