using StudyBot.Matrix.Events;
using StudyBot.Matrix.Sending;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>
/// A stand-in front door: <c>!echo text</c> answers with the text as a reply, <c>!fail</c> always throws; every event
/// handed over is recorded, so tests see what the sync loop let through.
/// </summary>
internal sealed class EchoFrontDoor(MatrixSender sender, HandledEvents handled) : IMatrixEventHandler
{
    public async Task HandleAsync(RoomEvent roomEvent, CancellationToken cancellationToken)
    {
        handled.Add(roomEvent);
        var body = roomEvent.Event.Body ?? "";
        if (body == "!fail")
        {
            throw new InvalidOperationException("this command always fails");
        }

        if (body.StartsWith("!echo ", StringComparison.Ordinal))
        {
            var thread = roomEvent.Event.RelationType == "m.thread" && roomEvent.Event.RelatesTo is { } relation
                ? relation.GetProperty("event_id").GetString()
                : null;
            await sender.QueueNoticeAsync(
                roomEvent.RoomId,
                [NoticeBlock.FromPlain(body["!echo ".Length..])],
                new ReplyTarget(roomEvent.Event.EventId!, thread),
                "reply:" + roomEvent.Event.EventId,
                cancellationToken);
        }
    }
}
