using System.Collections.Concurrent;
using StudyBot.Matrix.Events;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>What the front door was handed, in order.</summary>
internal sealed class HandledEvents
{
    private readonly ConcurrentQueue<RoomEvent> events = new();

    public void Add(RoomEvent roomEvent) => events.Enqueue(roomEvent);

    public IReadOnlyList<RoomEvent> All => [.. events];

    public int CountOf(string eventId) => events.Count(e => e.Event.EventId == eventId);
}
