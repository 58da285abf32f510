using StudyBot.Core.Platforms;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Quotes;
using StudyBot.Core.Tests.Quizzes;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Storage;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddStorage_WithStudyFeaturesAndQuizRecords_KeepsEveryDurableStateInTheDatabase()
    {
        await using var database = TestDatabase.Sqlite();
        await using var bot = await QuizRecordsBot.StartAsync(database, TimeProvider.System);

        Assert.IsType<StoredPlatformState>(bot.Get<IPlatformStateStore>());
        Assert.IsType<StoredEventClaims>(bot.Get<IEventClaims>());
        Assert.IsType<StoredQuoteHistory>(bot.Get<IQuoteHistory>());
        Assert.IsType<StoredQuizSessions>(bot.Get<IQuizSessionStore>());
    }
}
