namespace StudyBot.Core.Quizzes;

/// <summary>
/// Where running quizzes live, one per channel. In memory for now (<see cref="QuizSessions"/>); a
/// persistent store can take its place so that quizzes survive a restart.
/// </summary>
public interface IQuizSessionStore
{
    /// <summary>The quiz running in the channel, or null.</summary>
    QuizSession? Find(string channelId);

    /// <summary>
    /// Makes <paramref name="session"/> the channel's quiz unless the channel has one that <paramref name="keep"/>
    /// says must stay; returns the channel's quiz afterwards (the new one when it was stored).
    /// </summary>
    QuizSession Start(QuizSession session, Func<QuizSession, bool> keep);

    /// <summary>Called after every answer or skip, so a persistent store can write the change.</summary>
    void Save(QuizSession session);

    /// <summary>Ends the quiz if it is still the channel's quiz.</summary>
    void Finish(QuizSession session);
}
