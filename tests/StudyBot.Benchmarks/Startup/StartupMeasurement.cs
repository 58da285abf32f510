using System.Diagnostics;
using System.Globalization;

namespace StudyBot.Benchmarks.Startup;

/// <summary>
/// Start of the built host to its first prompt (target: under 1.5 s), and to its first reply: runs
/// <c>studybot.dll</c> from src/StudyBot/bin/Release in a pseudo-terminal (util-linux <c>script</c>), where it
/// prompts as it does for a person, and with <c>/help</c> and <c>/quit</c> piped in, where the /help reply is the
/// first thing it writes.
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
            var prompts = Enumerable.Range(0, Runs).Select(_ => MeasurePrompt(host, data)).ToArray();
            for (var run = 0; run < times.Length; run++)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"run {run + 1}{(run == 0 ? " (new database)" : string.Empty),-15}: prompt after {prompts[run].TotalMilliseconds:F0} ms; piped: first reply after {times[run].FirstOutput.TotalMilliseconds:F0} ms, exit after {times[run].Exit.TotalMilliseconds:F0} ms"));
            }

            var later = times.Skip(1).Select(t => t.FirstOutput.TotalMilliseconds).Order().ToArray();
            var prompt = prompts.Select(t => t.TotalMilliseconds).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median first prompt: {prompt[prompt.Length / 2]:F0} ms; median first reply of later starts: {later[later.Length / 2]:F0} ms"));
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

    /// <summary>Time to the prompt ("> ") in a pseudo-terminal, where the host believes a person is typing.</summary>
    private static TimeSpan MeasurePrompt(string host, string dataDirectory)
    {
        var start = new ProcessStartInfo("script")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetDirectoryName(host)!,
        };
        foreach (var argument in new[] { "-qfec", "dotnet " + host, "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["StudyBot__DataDirectory"] = dataDirectory;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start script (util-linux)");
        var seen = new System.Text.StringBuilder();
        var buffer = new char[256];
        while (!seen.ToString().Contains("> ", StringComparison.Ordinal))
        {
            var read = process.StandardOutput.Read(buffer, 0, buffer.Length);
            if (read == 0)
            {
                throw new InvalidOperationException("The host ended before its prompt: " + seen);
            }

            seen.Append(buffer, 0, read);
        }

        var prompt = clock.Elapsed;
        process.StandardInput.Write("/quit\n");
        process.StandardInput.Close();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return prompt;
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
