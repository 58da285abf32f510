using System.Collections.Concurrent;

namespace StudyBot.Core.Quizzes;

/// <summary>Running quizzes in memory, keyed by channel; they end with the process.</summary>
/// <remarks>The store holds the session objects themselves; each guards its own changes with a lock.</remarks>
public sealed class QuizSessions : IQuizSessionStore
{
    private readonly ConcurrentDictionary<string, QuizSession> sessions = new(StringComparer.Ordinal);

    public Task<QuizSession?> FindAsync(string channelId, CancellationToken cancellationToken) =>
        Task.FromResult(sessions.GetValueOrDefault(channelId));

    public Task<QuizSession> StartAsync(QuizSession session, Func<QuizSession, bool> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(keep);
        return Task.FromResult(sessions.AddOrUpdate(session.ChannelId, session, (_, running) => keep(running) ? running : session));
    }

    public Task<(QuizSession Session, T Result)?> ChangeAsync<T>(string channelId, Func<QuizSession, T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Task.FromResult<(QuizSession, T)?>(sessions.TryGetValue(channelId, out var session) ? (session, change(session)) : null);
    }

    public Task FinishAsync(QuizSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        sessions.TryRemove(new KeyValuePair<string, QuizSession>(session.ChannelId, session));
        return Task.CompletedTask;
    }
}
