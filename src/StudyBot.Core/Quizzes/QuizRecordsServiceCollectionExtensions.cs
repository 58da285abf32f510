using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Core.Commands;

namespace StudyBot.Core.Quizzes;

public static class QuizRecordsServiceCollectionExtensions
{
    /// <summary>
    /// Records every quiz, its answers and the members' totals in the database, and registers
    /// <c>/quiz stats</c> and <c>/quiz leaderboard</c>.
    /// </summary>
    /// <remarks>
    /// Needs <c>AddStorage</c>. It replaces the <see cref="NoQuizRecords"/> that <c>AddStudyFeatures</c>
    /// registers, so it may be called before or after that.
    /// </remarks>
    public static IServiceCollection AddQuizRecords(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IQuizRecorder, QuizRecorder>());
        services.TryAddSingleton<QuizStatistics>();
        return services
            .AddCommand<QuizStatsCommand>()
            .AddCommand<QuizLeaderboardCommand>();
    }
}
