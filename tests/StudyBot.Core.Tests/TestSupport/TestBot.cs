using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Commands;
using StudyBot.Core.Posting;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Tests.TestSupport;

/// <summary>The real host (storage, Quartz, runner, outbox, commands) on a test database, a fake clock and a recording channel.</summary>
/// <remarks>Disposing it and starting another on the same database is a restart.</remarks>
public sealed class TestBot : IAsyncDisposable
{
    public const string Community = "terminal:local";

    private readonly IHost host;

    private TestBot(IHost host)
    {
        this.host = host;
    }

    public IServiceProvider Services => host.Services;

    /// <summary>
    /// The one host the tests build: the bot as the host composes it (<c>AddStudyBot</c>), on <paramref name="database"/>
    /// (whose location wins over <paramref name="settings"/>) and <paramref name="time"/>, posting to <paramref name="poster"/>.
    /// <paramref name="frontDoor"/> adds a front door or the real corpus (<c>AddCorpus</c>); without one the bot reads the test corpus (<see cref="Corpus.TestCorpus"/>).
    /// </summary>
    public static IHost Build(
        TestDatabase database,
        TimeProvider time,
        IChannelPoster? poster,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection, IConfiguration>? frontDoor = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Configuration.AddInMemoryCollection(database.Configuration());
        builder.Services.AddLogging();
        builder.Services.AddSingleton(time);
        if (poster is not null)
        {
            builder.Services.AddSingleton(poster);
        }

        frontDoor?.Invoke(builder.Services, builder.Configuration);
        builder.Services.TryAddSingleton(Corpus.TestCorpus.Library);
        builder.Services.AddStudyBot(builder.Configuration);
        return builder.Build();
    }

    public static async Task<TestBot> StartAsync(
        TestDatabase database, TimeProvider time, IChannelPoster poster, IDictionary<string, string?>? settings = null, Action<IServiceCollection, IConfiguration>? frontDoor = null)
    {
        var host = Build(database, time, poster, settings, frontDoor);
        await host.StartAsync();
        return new TestBot(host);
    }

    public Task<Reply> RunAsync(string line, bool moderator = true, string user = "terminal:ada") =>
        Services.GetRequiredService<CommandDispatcher>().ExecuteLineAsync(
            new CommandContext("terminal", Community, "terminal:terminal", user, user.Split(':')[1], moderator), line, CancellationToken.None);

    /// <summary>Runs <paramref name="line"/> as a front door does: a moderator's context built with the community's language and zone.</summary>
    public async Task<Reply> RunInCommunityAsync(string line)
    {
        var actor = new CommandActor(
            "terminal", Community, "terminal:terminal", "terminal:ada", "ada", IsPlatformAdmin: true, _ => false, Locale: null, PlatformCapabilities.Shared, PrefixedPlatformValues.Instance);
        var context = await Services.GetRequiredService<CommandContextBuilder>().BuildAsync(actor, CancellationToken.None);
        return await Services.GetRequiredService<CommandDispatcher>().ExecuteLineAsync(context, line, CancellationToken.None);
    }

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
