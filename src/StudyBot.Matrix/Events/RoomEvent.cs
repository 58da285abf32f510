using StudyBot.Matrix.Rooms;

namespace StudyBot.Matrix.Events;

/// <summary>A timeline event of a joined room handed to the front door, with the room's tracked state.</summary>
internal sealed record RoomEvent(string RoomId, MatrixEvent Event, RoomState Room);
