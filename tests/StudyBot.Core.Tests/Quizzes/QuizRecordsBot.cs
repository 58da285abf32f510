using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Commands;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Quizzes;

/// <summary>
/// A host with the study features, storage and quiz records on a test database, over the quiz test corpus;
/// disposing it and starting another on the same database is a restart.
/// </summary>
internal sealed class QuizRecordsBot : IAsyncDisposable
{
    private readonly IHost host;

    private QuizRecordsBot(IHost host)
    {
        this.host = host;
    }

    public static async Task<QuizRecordsBot> StartAsync(TestDatabase database, TimeProvider clock)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(database.Configuration());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["StudyBot:RandomSeed"] = "3" });
        builder.Services.AddLogging();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(Corpus.TestCorpus.Library);
        builder.Services.AddStudyFeatures().AddStorage(builder.Configuration).AddQuizRecords();
        var host = builder.Build();
        await host.StartAsync();
        return new QuizRecordsBot(host);
    }

    public Task<Reply> Run(CommandContext context, string line) =>
        host.Services.GetRequiredService<CommandDispatcher>().ExecuteLineAsync(context, line, CancellationToken.None);

    /// <summary>The letter of the right choice to the channel's current question.</summary>
    public string RightLetter(CommandContext context) => QuizReplies.Letter(Current(context).Answer);

    public string WrongLetter(CommandContext context)
    {
        var question = Current(context);
        return QuizReplies.Letter((question.Answer + 1) % question.Choices.Count);
    }

    public T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public StudyBotDbContext Db() => Get<IDbContextFactory<StudyBotDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    private QuizQuestion Current(CommandContext context)
    {
        var session = Get<IQuizSessionStore>().Find(context.ChannelId)!;
        return session.Questions[session.CurrentIndex];
    }
}
