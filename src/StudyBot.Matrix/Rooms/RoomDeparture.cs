namespace StudyBot.Matrix.Rooms;

/// <summary>How the bot came to be out of a room.</summary>
internal enum RoomDeparture
{
    Left,
    Kicked,
    Banned,
    Declined,
}
