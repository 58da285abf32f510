namespace StudyBot.Core.Quizzes;

/// <summary>
/// Where running quizzes live, one per channel: in memory (<see cref="QuizSessions"/>) when the bot runs without
/// storage, in the database (<see cref="StoredQuizSessions"/>) otherwise, so a quiz survives a restart and every
/// instance sees the same one.
/// </summary>
/// <remarks>
/// A session returned by <see cref="FindAsync"/> is a view: change a running quiz only through
/// <see cref="ChangeAsync{T}"/>, which applies the change atomically to the channel's quiz as it is now.
/// </remarks>
public interface IQuizSessionStore
{
    /// <summary>The quiz running in the channel, or null.</summary>
    Task<QuizSession?> FindAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>
    /// Makes <paramref name="session"/> the channel's quiz unless the channel has one that <paramref name="keep"/>
    /// says must stay; returns the channel's quiz afterwards (the new one when it was stored).
    /// </summary>
    Task<QuizSession> StartAsync(QuizSession session, Func<QuizSession, bool> keep, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the channel's quiz once, atomically (another instance's change in
    /// between is seen first), and returns the quiz afterwards with the change's result; null when no quiz runs.
    /// </summary>
    Task<(QuizSession Session, T Result)?> ChangeAsync<T>(string channelId, Func<QuizSession, T> change, CancellationToken cancellationToken);

    /// <summary>Ends the quiz if it is still the channel's quiz.</summary>
    Task FinishAsync(QuizSession session, CancellationToken cancellationToken);
}
