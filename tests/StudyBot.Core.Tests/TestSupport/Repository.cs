namespace StudyBot.Core.Tests.TestSupport;

/// <summary>Files of the repository that tests and benchmarks read: found beside StudyBot.sln, above the binaries.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SeedsFolder => Path.Combine(Root, "seeds");

    public static string File(string name) => Path.Combine(Root, name);

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
