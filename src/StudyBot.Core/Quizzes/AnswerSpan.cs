namespace StudyBot.Core.Quizzes;

/// <summary>A possible answer inside a sentence: what it is and where it stands.</summary>
public sealed record AnswerSpan(AnswerKind Kind, int Start, int Length, string Text);
