using StudyBot.Core.Quizzes;

namespace StudyBot.Core.Tests.Quizzes;

/// <summary>Reads a channel's quiz where a test needs its questions inline (the right letter for an answer line).</summary>
internal static class QuizSessionStoreExtensions
{
    public static QuizSession? Find(this IQuizSessionStore store, string channelId) =>
        store.FindAsync(channelId, CancellationToken.None).GetAwaiter().GetResult();
}
