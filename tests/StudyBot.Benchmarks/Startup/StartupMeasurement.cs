using System.Diagnostics;
using System.Globalization;

namespace StudyBot.Benchmarks.Startup;

/// <summary>
/// Start of the built host to its first reply (target: under 1.5 s): runs <c>studybot.dll</c> from
/// src/StudyBot/bin/Release with <c>/help</c> and <c>/quit</c> piped in, times the first byte it writes (with piped
/// input the terminal prints no prompt; the /help reply is the first thing it says) and its exit.
/// </summary>
/// <remarks>
/// The benchmark project references the host without using it, so building the benchmarks in Release builds
/// the host's Release binary too. Every run uses one fresh data folder: the first run also creates the SQLite
/// database, as a first start does; the later ones start as every other start does.
/// </remarks>
internal static class StartupMeasurement
{
    public const string Command = "--measure-startup";

    private const int Runs = 6;

    public static int Run()
    {
        var root = Directory.GetParent(Corpus.BenchmarkCorpus.SeedsFolder())!.FullName;
        var host = Path.Combine(root, "src", "StudyBot", "bin", "Release", "net10.0", "studybot.dll");
        if (!File.Exists(host))
        {
            Console.Error.WriteLine($"{host} does not exist; build it with: dotnet build -c Release");
            return 1;
        }

        var data = Path.Combine(Path.GetTempPath(), "studybot-startup-" + Guid.NewGuid().ToString("N"));
        try
        {
            var times = Enumerable.Range(0, Runs).Select(run => Measure(host, data)).ToArray();
            for (var run = 0; run < times.Length; run++)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"run {run + 1}{(run == 0 ? " (new database)" : string.Empty),-15}: first reply after {times[run].FirstOutput.TotalMilliseconds:F0} ms, exit after {times[run].Exit.TotalMilliseconds:F0} ms"));
            }

            var later = times.Skip(1).Select(t => t.FirstOutput.TotalMilliseconds).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median first reply of later starts: {later[later.Length / 2]:F0} ms"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static (TimeSpan FirstOutput, TimeSpan Exit) Measure(string host, string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(host)!,
        };
        start.ArgumentList.Add(host);
        start.Environment["StudyBot__DataDirectory"] = dataDirectory;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + host);
        process.StandardInput.Write("/help\n/quit\n");
        process.StandardInput.Close();
        var errors = process.StandardError.ReadToEndAsync();
        var first = new char[1];
        var firstOutput = process.StandardOutput.Read(first, 0, 1) > 0 ? clock.Elapsed : TimeSpan.Zero;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var exit = clock.Elapsed;
        if (process.ExitCode != 0 || firstOutput == TimeSpan.Zero)
        {
            throw new InvalidOperationException($"The host failed (exit code {process.ExitCode}): {errors.Result}");
        }

        return (firstOutput, exit);
    }
}
