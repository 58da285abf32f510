using StudyBot.Matrix.Events;
using StudyBot.Matrix.Sending;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>
/// A stand-in front door: <c>!echo text</c> answers with the text as a reply, <c>!slow text</c> does the same once the
/// test opens <see cref="HandledEvents.SlowGate"/>, <c>!fail</c> always throws; every event handed over is recorded,
/// so tests see what the sync loop let through.
/// </summary>
internal sealed class EchoFrontDoor(HandledEvents handled) : IMatrixEventHandler
{
    public async Task HandleAsync(RoomEvent roomEvent, CancellationToken cancellationToken)
    {
        handled.Add(roomEvent);
        var body = roomEvent.Event.Body ?? "";
        if (body == "!fail")
        {
            throw new InvalidOperationException("this command always fails");
        }

        var text = body.StartsWith("!echo ", StringComparison.Ordinal) ? body["!echo ".Length..]
            : body.StartsWith("!slow ", StringComparison.Ordinal) ? body["!slow ".Length..]
            : null;
        if (text is null)
        {
            return;
        }

        if (body.StartsWith("!slow ", StringComparison.Ordinal))
        {
            handled.SlowStarted.TrySetResult();
            await handled.SlowGate.Task.WaitAsync(cancellationToken);
        }

        var thread = roomEvent.Event.RelationType == "m.thread" && roomEvent.Event.RelatesTo is { } relation
            ? relation.GetProperty("event_id").GetString()
            : null;
        roomEvent.Replies.Add(MatrixSender.Prepare(
            roomEvent.RoomId,
            [NoticeBlock.FromPlain(text)],
            new ReplyTarget(roomEvent.Event.EventId!, thread),
            "reply:" + roomEvent.Event.EventId));
    }
}
