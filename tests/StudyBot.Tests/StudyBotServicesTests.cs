using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Posting;

namespace StudyBot.Tests;

/// <summary>The host as Program.cs composes it, configured by appsettings.example.json, on a temporary data directory.</summary>
public sealed class StudyBotServicesTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "studybot-host-" + Guid.NewGuid().ToString("N"));

    private static string RepositoryFile(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StudyBot.sln")))
            {
                return Path.Combine(directory.FullName, name);
            }
        }

        throw new FileNotFoundException("StudyBot.sln not found above " + AppContext.BaseDirectory);
    }

    private IHost Build(Mock<IChannelPoster> poster)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(RepositoryFile("appsettings.example.json"));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["StudyBot:DataDirectory"] = dataDirectory });
        builder.Services.AddLogging();
        builder.Services.AddSingleton(poster.Object);
        builder.Services.AddCorpus(builder.Configuration).AddStudyBot(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task Example_settings_start_the_whole_bot_and_a_configured_excerpt_survives_a_restart()
    {
        var poster = new Mock<IChannelPoster>();
        poster.SetupGet(p => p.Platform).Returns("terminal");
        var moderator = new CommandContext("terminal", "terminal:local", "terminal:terminal", "terminal:ada", "ada", IsModerator: true);

        using (var first = Build(poster))
        {
            await first.StartAsync();
            var dispatcher = first.Services.GetRequiredService<CommandDispatcher>();
            Assert.Equal(5, first.Services.GetRequiredService<CorpusLibrary>().Documents.Count);
            var setup = await dispatcher.ExecuteLineAsync(moderator, "/excerpt daily terminal 07:30 Europe/Amsterdam", CancellationToken.None);
            Assert.NotEqual(ReplyTone.Error, Assert.IsType<MessageReply>(setup).Tone);
            await first.StopAsync();
        }

        using var second = Build(poster);
        await second.StartAsync();
        var status = await second.Services.GetRequiredService<CommandDispatcher>()
            .ExecuteLineAsync(moderator, "/excerpt status", CancellationToken.None);
        await second.StopAsync();

        var text = string.Join('\n', Assert.IsType<DocumentReply>(status).Paragraphs);
        Assert.Contains("every day at 07:30 (Europe/Amsterdam)", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dataDirectory, "studybot.db")));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
