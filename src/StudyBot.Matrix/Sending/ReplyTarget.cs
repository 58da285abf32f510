namespace StudyBot.Matrix.Sending;

/// <summary>The command a notice answers: replied to directly, and inside its thread when it was in one.</summary>
internal sealed record ReplyTarget(string EventId, string? ThreadRootId);
