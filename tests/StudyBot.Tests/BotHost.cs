using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Corpus;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Tests;

/// <summary>
/// The bot as Program.cs composes it, configured by appsettings.example.json, on its own temporary data
/// directory that outlives restarts until disposed.
/// </summary>
internal sealed class BotHost : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "studybot-host-" + Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(dataDirectory, "studybot.db");

    /// <summary>Builds a host; <paramref name="front"/> adds the front door under test (and any clock, before scheduling reads it).</summary>
    public IHost Build(Action<IServiceCollection> front)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(Repository.File("appsettings.example.json"));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["StudyBot:DataDirectory"] = dataDirectory });
        builder.Services.AddLogging();
        front(builder.Services);
        builder.Services.AddCorpus(builder.Configuration).AddStudyBot(builder.Configuration);
        return builder.Build();
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
