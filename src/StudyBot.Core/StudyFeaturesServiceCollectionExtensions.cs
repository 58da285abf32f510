using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Core.Commands;
using StudyBot.Core.Documents;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Quotes;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;

namespace StudyBot.Core;

public static class StudyFeaturesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the study features and their commands: /search, /quote, /context, /summary, /documents,
    /// /read, /quiz, /quiz next, /quiz stop and /answer.
    /// </summary>
    /// <remarks>
    /// Needs a <c>CorpusLibrary</c> singleton (the corpus import registers it) and <c>IConfiguration</c> for
    /// <c>StudyBot:RandomSeed</c> (the host provides it). The search index is built once, when the first
    /// command that needs it is created, from that library. Running quizzes are kept in memory by
    /// <see cref="QuizSessions"/>, and each channel's recent quotes by <see cref="QuoteHistory"/>, until
    /// <c>AddQuizRecords</c> and <c>AddStorage</c> put them in the database (before or after this call).
    /// Finished quizzes are recorded only when <c>AddQuizRecords</c> is also called. <see cref="TimeProvider.System"/> is used unless a TimeProvider is registered.
    /// </remarks>
    public static IServiceCollection AddStudyFeatures(this IServiceCollection services)
    {
        services.AddOptions<RandomOptions>().BindConfiguration(RandomOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RandomSource>();
        services.TryAddSingleton<CorpusSearchIndex>();
        services.TryAddSingleton<QuoteCatalog>();
        services.TryAddSingleton<IQuoteHistory, QuoteHistory>();
        services.TryAddSingleton<QuoteFinder>();
        services.TryAddSingleton<Summarizer>();
        services.TryAddSingleton<QuizVocabulary>();
        services.TryAddSingleton<ClozeQuestions>();
        services.TryAddSingleton<FactQuestions>();
        services.TryAddSingleton<SourceQuestions>();
        services.TryAddSingleton<SectionQuestions>();
        services.TryAddSingleton<SourceQuizAvailability>();
        services.TryAddSingleton<QuizGenerator>();
        services.TryAddSingleton<IQuizSessionStore, QuizSessions>();
        services.TryAddSingleton<IQuizRecorder, NoQuizRecords>();

        return services
            .AddCommand<SearchCommand>()
            .AddCommand<QuoteCommand>()
            .AddCommand<ContextCommand>()
            .AddCommand<SummaryCommand>()
            .AddCommand<DocumentsCommand>()
            .AddCommand<ReadCommand>()
            .AddCommand<QuizCommand>()
            .AddCommand<QuizNextCommand>()
            .AddCommand<QuizStopCommand>()
            .AddCommand<AnswerCommand>();
    }
}
