using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Commands;
using StudyBot.Core.Excerpts;
using StudyBot.Core.Posting;
using StudyBot.Core.ReadingCircles;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Settings;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Tests.TestSupport;

/// <summary>The real host (storage, Quartz, runner, outbox, commands) on a test database, a fake clock and a recording channel.</summary>
public sealed class TestBot : IAsyncDisposable
{
    public const string Community = "terminal:local";

    private readonly IHost host;

    private TestBot(IHost host)
    {
        this.host = host;
    }

    public IServiceProvider Services => host.Services;

    public static IHost Build(TestDatabase database, TimeProvider time, IChannelPoster poster, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(database.Configuration());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddLogging();
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(TestCorpus.Create());
        builder.Services.AddSingleton(poster);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddScheduling(builder.Configuration);
        builder.Services.AddReadingLists();
        builder.Services.AddReadingCircles();
        builder.Services.AddExcerpts();
        builder.Services.AddCommunitySettings();
        return builder.Build();
    }

    public static async Task<TestBot> StartAsync(TestDatabase database, TimeProvider time, IChannelPoster poster, IDictionary<string, string?>? settings = null)
    {
        var host = Build(database, time, poster, settings);
        await host.StartAsync();
        return new TestBot(host);
    }

    public Task<Reply> RunAsync(string line, bool moderator = true, string user = "terminal:ada") =>
        Services.GetRequiredService<CommandDispatcher>().ExecuteLineAsync(
            new CommandContext("terminal", Community, "terminal:terminal", user, user.Split(':')[1], moderator), line, CancellationToken.None);

    /// <summary>Runs due schedules and drains the outbox now, as the background services would.</summary>
    public async Task CatchUpAsync()
    {
        await Services.GetRequiredService<ScheduleSweeper>().SweepAsync(CancellationToken.None);
        await Services.GetRequiredService<OutboxSender>().DrainAsync(CancellationToken.None);
    }

    public StudyBotDbContext Db() => Services.GetRequiredService<IDbContextFactory<StudyBotDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}

public static class ReplyText
{
    public static string Of(Reply reply) => reply switch
    {
        MessageReply m => m.Text,
        DocumentReply d => d.Title + "\n" + string.Join("\n", d.Paragraphs),
        ListReply l => l.Title + "\n" + string.Join("\n", l.Items.Select(i => i.PlainText)),
        QuoteReply q => q.Text,
        _ => reply.ToString(),
    };
}
