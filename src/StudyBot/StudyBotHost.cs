using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StudyBot;

/// <summary>The bot's process: where its settings come from, where its logs go, and what its exit code says.</summary>
internal static partial class StudyBotHost
{
    /// <summary>Exit code of a failed start: a setting, the corpus or the database needs the operator.</summary>
    public const int StartFailed = 1;

    /// <summary>Exit code of Ctrl+C while starting, as shells report an interrupted program.</summary>
    public const int Interrupted = 130;

    private const string SettingsFile = "appsettings.json";

    /// <summary>
    /// A host builder reading <c>appsettings.json</c> from <paramref name="programFolder"/> and then from the working
    /// directory, environment variables and the command line (later wins); <c>--terminal</c> sets
    /// <see cref="FrontDoors.TerminalKey"/>.
    /// </summary>
    /// <remarks>
    /// The program's folder is the content root, so a service started from / or by systemd finds the settings
    /// installed beside it; the working directory's file still lets one checkout try other settings.
    /// </remarks>
    public static HostApplicationBuilder CreateBuilder(string[] args, string programFolder)
    {
        ArgumentNullException.ThrowIfNull(args);
        var terminal = args.Contains(FrontDoors.TerminalSwitch, StringComparer.Ordinal);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. args.Where(a => a != FrontDoors.TerminalSwitch)],
            ContentRootPath = programFolder,
        });
        AddWorkingDirectorySettings(builder.Configuration, programFolder);
        if (terminal)
        {
            builder.Configuration.AddInMemoryCollection([new(FrontDoors.TerminalKey, "true")]);
        }

        // Logs go to standard error so that they never mix with the terminal chat on standard output.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        // At a terminal only problems are worth interrupting the chat for; Logging:LogLevel settings still win.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // A failed start is reported once, by RunAsync; the host would log it again with a stack trace first.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        // The platform clients' retry pipelines log every HTTP attempt at Information; a retry that gives up is a Warning.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        return builder;
    }

    /// <summary>
    /// Runs the host until it stops. A failure to start is one line on <paramref name="error"/> and
    /// <see cref="StartFailed"/>; its stack trace is logged at Debug level, for <c>Logging:LogLevel:StudyBot=Debug</c>.
    /// </summary>
    public static async Task<int> RunAsync(IHost host, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            await host.StartAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C while starting: nothing was started that needs more than the host's own clean-up.
            return Interrupted;
        }
        catch (Exception problem)
        {
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StudyBotHost).Namespace!);
            LogStartFailed(logger, problem);
            await error.WriteLineAsync("StudyBot could not start: " + Describe(problem)).ConfigureAwait(false);
            return StartFailed;
        }

        await host.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>The problem on one line: the operator's messages say what and where; a stack trace would bury them.</summary>
    private static string Describe(Exception problem)
    {
        var messages = problem is AggregateException many ? many.Flatten().InnerExceptions.Select(e => e.Message) : [problem.Message];
        return string.Join(" ", string.Join("; ", messages).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static void AddWorkingDirectorySettings(ConfigurationManager configuration, string programFolder)
    {
        var workingDirectory = Directory.GetCurrentDirectory();
        if (string.Equals(Path.GetFullPath(workingDirectory).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(programFolder).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            return;
        }

        // Right after the program's own file, so environment variables and the command line still win over it.
        IList<IConfigurationSource> sources = configuration.Sources;
        var programSettings = sources.OfType<JsonConfigurationSource>().FirstOrDefault(s => s.Path == SettingsFile);
        var source = new JsonConfigurationSource { Path = Path.Combine(workingDirectory, SettingsFile), Optional = true };
        source.ResolveFileProvider();
        sources.Insert(programSettings is null ? 0 : sources.IndexOf(programSettings) + 1, source);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "StudyBot could not start")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);
}
