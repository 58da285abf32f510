namespace StudyBot.Matrix.Sync;

/// <summary>
/// The ids of the latest events this process handled, oldest forgotten first. A cheap first check before the shared
/// claims, and the known point where filling a gap can stop.
/// </summary>
internal sealed class RecentEvents
{
    private const int Capacity = 20_000;
    private readonly Lock gate = new();
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    public bool Contains(string eventId)
    {
        lock (gate)
        {
            return ids.Contains(eventId);
        }
    }

    /// <summary>Remembers the id; false when it was already known.</summary>
    public bool Add(string eventId)
    {
        lock (gate)
        {
            if (!ids.Add(eventId))
            {
                return false;
            }

            order.Enqueue(eventId);
            if (order.Count > Capacity)
            {
                ids.Remove(order.Dequeue());
            }

            return true;
        }
    }
}
