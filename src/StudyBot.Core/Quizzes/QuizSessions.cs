using System.Collections.Concurrent;

namespace StudyBot.Core.Quizzes;

/// <summary>Running quizzes in memory, keyed by channel; they end with the process.</summary>
public sealed class QuizSessions : IQuizSessionStore
{
    private readonly ConcurrentDictionary<string, QuizSession> sessions = new(StringComparer.Ordinal);

    public QuizSession? Find(string channelId) => sessions.GetValueOrDefault(channelId);

    public QuizSession Start(QuizSession session, Func<QuizSession, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(keep);
        return sessions.AddOrUpdate(session.ChannelId, session, (_, running) => keep(running) ? running : session);
    }

    /// <remarks>The store holds the session object itself, so its changes are already here.</remarks>
    public void Save(QuizSession session)
    {
    }

    public void Finish(QuizSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        sessions.TryRemove(new KeyValuePair<string, QuizSession>(session.ChannelId, session));
    }
}
