using System.Collections.Concurrent;
using StudyBot.Matrix.Events;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>What the front door was handed, in order; and the gate that holds its <c>!slow</c> command.</summary>
internal sealed class HandledEvents
{
    private readonly ConcurrentQueue<RoomEvent> events = new();

    public void Add(RoomEvent roomEvent) => events.Enqueue(roomEvent);

    public IReadOnlyList<RoomEvent> All => [.. events];

    public int CountOf(string eventId) => events.Count(e => e.Event.EventId == eventId);

    /// <summary>Completed when a <c>!slow</c> command has started.</summary>
    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A <c>!slow</c> command finishes once this is completed (or the bot stops).</summary>
    public TaskCompletionSource SlowGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
