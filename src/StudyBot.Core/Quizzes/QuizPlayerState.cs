namespace StudyBot.Core.Quizzes;

/// <summary>A player's score in a <see cref="QuizSessionState"/>.</summary>
/// <param name="UserId">Who.</param>
/// <param name="Name">Their display name.</param>
/// <param name="Joined">The order in which they first answered.</param>
/// <param name="Right">Right answers.</param>
/// <param name="Answered">Answers given.</param>
/// <param name="LastRightAt">When they last answered right.</param>
public sealed record QuizPlayerState(string UserId, string Name, int Joined, int Right, int Answered, DateTimeOffset? LastRightAt);
