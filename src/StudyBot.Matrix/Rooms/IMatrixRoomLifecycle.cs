namespace StudyBot.Matrix.Rooms;

/// <summary>
/// Hears about the bot's rooms coming and going, so what is tied to a room (its schedules) can stop or move.
/// Any number may be registered; the sync loop logs each change itself.
/// </summary>
internal interface IMatrixRoomLifecycle
{
    /// <summary>The bot is no longer in <paramref name="roomId"/>: it left, was kicked or banned.</summary>
    Task RoomLeftAsync(string roomId, RoomDeparture departure, CancellationToken cancellationToken);

    /// <summary><paramref name="oldRoomId"/> was upgraded; the bot joined <paramref name="newRoomId"/>.</summary>
    Task RoomReplacedAsync(string oldRoomId, string newRoomId, CancellationToken cancellationToken);

    /// <summary>At start: the rooms the bot is in; anything tied to another room is stale.</summary>
    Task ReconcileAsync(IReadOnlySet<string> joinedRoomIds, CancellationToken cancellationToken);
}
