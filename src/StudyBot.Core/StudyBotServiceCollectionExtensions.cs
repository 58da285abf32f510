using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Excerpts;
using StudyBot.Core.Quizzes;
using StudyBot.Core.ReadingCircles;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Settings;
using StudyBot.Core.Storage;

namespace StudyBot.Core;

public static class StudyBotServiceCollectionExtensions
{
    /// <summary>Everything the bot is, apart from its front doors: study features, storage, scheduling and the moderator features.</summary>
    /// <remarks>
    /// The corpus is registered separately because the maintainer commands need it alone (and tests bring their own).
    /// The host and the tests' host both compose the bot with this one call, so tests run what the host runs.
    /// </remarks>
    public static IServiceCollection AddStudyBot(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddStudyFeatures()
            .AddStorage(configuration)
            .AddQuizRecords()
            .AddScheduling(configuration)
            .AddCommunitySettings()
            .AddReadingLists()
            .AddReadingCircles()
            .AddExcerpts();
}
