namespace StudyBot.Core.Quizzes;

/// <summary>One member's answer as it was given, for the quiz records.</summary>
/// <param name="Question">The question answered (1-based).</param>
/// <param name="UserId">Who answered.</param>
/// <param name="UserName">Their display name at the time; shown in stats and the leaderboard.</param>
/// <param name="Choice">The chosen index, 0-3.</param>
/// <param name="Right">Whether it was the right choice.</param>
/// <param name="At">When.</param>
public sealed record QuizAnswer(int Question, string UserId, string UserName, int Choice, bool Right, DateTimeOffset At);
