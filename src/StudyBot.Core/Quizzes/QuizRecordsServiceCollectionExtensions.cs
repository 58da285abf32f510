using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Core.Commands;

namespace StudyBot.Core.Quizzes;

public static class QuizRecordsServiceCollectionExtensions
{
    /// <summary>
    /// Keeps running quizzes in the database (<see cref="StoredQuizSessions"/>), so they survive a restart and
    /// are shared by instances; records every quiz, its answers and the members' totals; and registers
    /// <c>/quiz stats</c> and <c>/quiz leaderboard</c>.
    /// </summary>
    /// <remarks>
    /// Needs <c>AddStorage</c>. It replaces the <see cref="NoQuizRecords"/> and <see cref="QuizSessions"/> that <c>AddStudyFeatures</c>
    /// registers, so it may be called before or after that.
    /// </remarks>
    public static IServiceCollection AddQuizRecords(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IQuizRecorder, QuizRecorder>());
        services.Replace(ServiceDescriptor.Singleton<IQuizSessionStore, StoredQuizSessions>());
        services.TryAddSingleton<QuizStatistics>();
        return services
            .AddCommand<QuizStatsCommand>()
            .AddCommand<QuizLeaderboardCommand>();
    }
}
