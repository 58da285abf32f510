using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Tests.TestSupport;

namespace StudyBot.Tests;

public sealed class StudyBotHostTests : IDisposable
{
    private readonly TempFolder workingDirectory = new();

    [Fact]
    public async Task Run_CorpusFolderMissing_PrintsOneLineAndExitsWith1()
    {
        var missing = Path.Combine(workingDirectory.Path, "no-such-corpus");

        var result = await StudyBotProcess.RunAsync(workingDirectory.Path, "/documents\n", "StudyBot:Corpus:Folder=" + missing, "StudyBot:DataDirectory=" + Path.Combine(workingDirectory.Path, "data"));

        Assert.Equal(StudyBotHost.StartFailed, result.ExitCode);
        var line = Assert.Single(Lines(result.Error));
        Assert.StartsWith("StudyBot could not start: The corpus folder", line, StringComparison.Ordinal);
        Assert.Contains(missing, line, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Run_DatabaseFileCorrupt_PrintsOneLineWithoutATraceAndLeavesTheFile()
    {
        var data = Directory.CreateDirectory(Path.Combine(workingDirectory.Path, "data")).FullName;
        var database = Path.Combine(data, "studybot.db");
        await File.WriteAllTextAsync(database, "these bytes are not a database");

        var result = await StudyBotProcess.RunAsync(workingDirectory.Path, "/documents\n", "StudyBot:DataDirectory=" + data);

        Assert.Equal(StudyBotHost.StartFailed, result.ExitCode);
        var line = Assert.Single(Lines(result.Error));
        Assert.StartsWith("StudyBot could not start: ", line, StringComparison.Ordinal);
        Assert.Contains("is not a readable SQLite database", line, StringComparison.Ordinal);
        Assert.Equal("these bytes are not a database", await File.ReadAllTextAsync(database));
    }

    [Fact]
    public void CreateBuilder_SettingsBesideTheProgram_AreReadFromAnotherWorkingDirectory()
    {
        using var programFolder = new TempFolder();
        programFolder.Write("appsettings.json", """{ "StudyBot": { "RandomSeed": 42 } }""");

        var builder = StudyBotHost.CreateBuilder([], programFolder.Path);

        Assert.NotEqual(programFolder.Path, Directory.GetCurrentDirectory());
        Assert.Equal("42", builder.Configuration["StudyBot:RandomSeed"]);
    }

    [Fact]
    public void CreateBuilder_CommandLineSetting_WinsOverTheSettingsFile()
    {
        using var programFolder = new TempFolder();
        programFolder.Write("appsettings.json", """{ "StudyBot": { "RandomSeed": 42 } }""");

        var builder = StudyBotHost.CreateBuilder(["StudyBot:RandomSeed=7"], programFolder.Path);

        Assert.Equal("7", builder.Configuration["StudyBot:RandomSeed"]);
    }

    [Fact]
    public void CreateBuilder_DefaultLevelInformation_PollyRetriesStillOnlyFromWarning()
    {
        using var programFolder = new TempFolder();
        programFolder.Write("appsettings.json", """{ "Logging": { "LogLevel": { "Default": "Information" } } }""");

        using var host = StudyBotHost.CreateBuilder([], programFolder.Path).Build();
        var loggers = host.Services.GetRequiredService<ILoggerFactory>();

        Assert.True(loggers.CreateLogger("StudyBot.Matrix.Sync.MatrixSyncService").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Polly").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("Polly").IsEnabled(LogLevel.Warning));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose() => workingDirectory.Dispose();
}
