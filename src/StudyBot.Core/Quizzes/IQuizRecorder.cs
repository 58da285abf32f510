namespace StudyBot.Core.Quizzes;

/// <summary>
/// Keeps the history of quizzes: each session, every answer as it is given, and each member's totals per
/// community once a session finishes. Running quizzes themselves stay in <see cref="IQuizSessionStore"/>.
/// </summary>
public interface IQuizRecorder
{
    /// <summary>Records a quiz that just became the channel's quiz.</summary>
    /// <param name="session">The new session.</param>
    /// <param name="communityId">The community the channel belongs to; statistics are kept per community.</param>
    /// <param name="documentSlug">The document asked about, or null for the whole corpus.</param>
    /// <param name="kind">"cloze", "choice", "source" or "mixed".</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task StartedAsync(QuizSession session, string communityId, string? documentSlug, string kind, CancellationToken cancellationToken);

    /// <summary>Records an answer the session accepted.</summary>
    Task AnsweredAsync(QuizSession session, QuizAnswer answer, CancellationToken cancellationToken);

    /// <summary>Marks the session finished and adds its answers to the members' totals; a second call changes nothing.</summary>
    Task FinishedAsync(QuizSession session, CancellationToken cancellationToken);
}

/// <summary>Keeps no records: the study features run without storage (tests, tools) until <c>AddQuizRecords</c> replaces it.</summary>
public sealed class NoQuizRecords : IQuizRecorder
{
    public Task StartedAsync(QuizSession session, string communityId, string? documentSlug, string kind, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AnsweredAsync(QuizSession session, QuizAnswer answer, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task FinishedAsync(QuizSession session, CancellationToken cancellationToken) => Task.CompletedTask;
}
