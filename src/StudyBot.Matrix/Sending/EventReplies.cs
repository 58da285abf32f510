namespace StudyBot.Matrix.Sending;

/// <summary>
/// The notices one incoming event is answered with, prepared but not yet stored. The sync batch stores them in the same
/// transaction as the event's claim and only then queues them, so an event never counts as handled without its reply.
/// </summary>
internal sealed class EventReplies
{
    private readonly List<PendingReply> replies = [];
    private readonly List<KeyValuePair<string, string>> state = [];

    public IReadOnlyList<PendingReply> All => replies;

    /// <summary>Other platform state values the event leaves, stored in the same transaction as its replies.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> State => state;

    /// <param name="parts">The notice's events (<see cref="MatrixSender.Prepare"/>).</param>
    /// <param name="whenQueued">Called once the notice is queued, with the task that completes when every part was sent.</param>
    public void Add(IReadOnlyList<OutgoingEvent> parts, Action<Task<IReadOnlyList<string>>>? whenQueued = null) =>
        replies.Add(new PendingReply(parts, whenQueued));

    public void Store(string key, string value) => state.Add(KeyValuePair.Create(key, value));
}
