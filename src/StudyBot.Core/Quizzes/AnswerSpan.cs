namespace StudyBot.Core.Quizzes;

/// <summary>A possible answer inside a sentence: what it is and where it stands.</summary>
/// <param name="Kind">What kind of answer it is.</param>
/// <param name="Start">Where it starts in the sentence.</param>
/// <param name="Length">How long it is as written.</param>
/// <param name="Text">The answer as written.</param>
/// <param name="Unit">For a number, what it counts ("%", "workers"); wrong choices count the same.</param>
public sealed record AnswerSpan(AnswerKind Kind, int Start, int Length, string Text, string? Unit = null);
