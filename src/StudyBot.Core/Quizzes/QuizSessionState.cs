namespace StudyBot.Core.Quizzes;

/// <summary>A <see cref="QuizSession"/> as plain values, for a store that keeps running quizzes (see <see cref="StoredQuizSessions"/>).</summary>
/// <param name="Id">The quiz's id.</param>
/// <param name="ChannelId">Where it runs.</param>
/// <param name="StarterId">Who started it.</param>
/// <param name="Title">What it is about.</param>
/// <param name="Solo">Whether every answer moves it on.</param>
/// <param name="Questions">Its questions.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="LastActivity">When it last changed.</param>
/// <param name="RecordId">The recorder's row, once recorded.</param>
/// <param name="CurrentIndex">The open question, 0-based.</param>
/// <param name="Players">Who played, with their scores.</param>
/// <param name="AnsweredCurrent">Who already answered the open question.</param>
public sealed record QuizSessionState(
    string Id,
    string ChannelId,
    string StarterId,
    string Title,
    bool Solo,
    IReadOnlyList<QuizQuestion> Questions,
    DateTimeOffset StartedAt,
    DateTimeOffset LastActivity,
    long? RecordId,
    int CurrentIndex,
    IReadOnlyList<QuizPlayerState> Players,
    IReadOnlyList<string> AnsweredCurrent);
