using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Corpus;

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
        builder.Configuration.AddJsonFile(RepositoryFile("appsettings.example.json"));
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
}
