using System.Collections.Concurrent;
using StudyBot.Matrix.Rooms;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>Records the room changes the sync loop reports.</summary>
internal sealed class RecordingRoomLifecycle : IMatrixRoomLifecycle
{
    public ConcurrentQueue<string> Changes { get; } = new();

    public Task RoomLeftAsync(string roomId, RoomDeparture departure, CancellationToken cancellationToken)
    {
        Changes.Enqueue($"{departure} {roomId}");
        return Task.CompletedTask;
    }

    public Task RoomReplacedAsync(string oldRoomId, string newRoomId, CancellationToken cancellationToken)
    {
        Changes.Enqueue($"Replaced {oldRoomId} by {newRoomId}");
        return Task.CompletedTask;
    }

    public Task ReconcileAsync(IReadOnlySet<string> joinedRoomIds, CancellationToken cancellationToken)
    {
        Changes.Enqueue($"Joined {string.Join(",", joinedRoomIds.Order(StringComparer.Ordinal))}");
        return Task.CompletedTask;
    }
}
