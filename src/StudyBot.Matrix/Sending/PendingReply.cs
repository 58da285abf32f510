namespace StudyBot.Matrix.Sending;

/// <summary>One notice of <see cref="EventReplies"/>: its events, and what to do once they are queued.</summary>
internal sealed record PendingReply(IReadOnlyList<OutgoingEvent> Parts, Action<Task<IReadOnlyList<string>>>? WhenQueued);
