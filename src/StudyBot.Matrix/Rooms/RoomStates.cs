using System.Collections.Concurrent;

namespace StudyBot.Matrix.Rooms;

/// <summary>The tracked state of every room the bot is in, kept current from <c>/sync</c>.</summary>
internal sealed class RoomStates
{
    private readonly ConcurrentDictionary<string, RoomState> rooms = new(StringComparer.Ordinal);

    public RoomState For(string roomId) => rooms.GetOrAdd(roomId, id => new RoomState(id));

    public RoomState? Find(string roomId) => rooms.GetValueOrDefault(roomId);

    public void Forget(string roomId) => rooms.TryRemove(roomId, out _);

    public int Count => rooms.Count;
}
