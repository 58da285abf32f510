using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Commands;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Quizzes;

/// <summary>
/// The test bot over the quiz test corpus, with a fixed seed and helpers to answer the current question.
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
        var host = TestBot.Build(
            database,
            clock,
            poster: null,
            new Dictionary<string, string?> { ["StudyBot:RandomSeed"] = "3" });
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
