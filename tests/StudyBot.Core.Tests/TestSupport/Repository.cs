using Microsoft.Extensions.Configuration;

namespace StudyBot.Core.Tests.TestSupport;

/// <summary>Files of the repository that tests and benchmarks read: found beside StudyBot.sln, above the binaries.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SeedsFolder => Path.Combine(Root, "seeds");

    public static string File(string name) => Path.Combine(Root, name);

    /// <summary>The settings of <c>appsettings.example.json</c>, with the corpus folder made absolute for any test's folder.</summary>
    public static Dictionary<string, string?> ExampleSettings()
    {
        var settings = new ConfigurationBuilder().AddJsonFile(File("appsettings.example.json")).Build()
            .AsEnumerable().ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        settings["StudyBot:Corpus:Folder"] = SeedsFolder;
        return settings;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "StudyBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("StudyBot.sln was not found above " + AppContext.BaseDirectory);
    }
}
