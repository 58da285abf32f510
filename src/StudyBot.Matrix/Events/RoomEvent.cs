using StudyBot.Matrix.Rooms;
using StudyBot.Matrix.Sending;

namespace StudyBot.Matrix.Events;

/// <summary>
/// A timeline event of a joined room handed to the front door, with the room's tracked state and the replies its
/// handling leaves (stored with the event's claim when the sync batch commits, then sent).
/// </summary>
internal sealed record RoomEvent(string RoomId, MatrixEvent Event, RoomState Room, EventReplies Replies);
