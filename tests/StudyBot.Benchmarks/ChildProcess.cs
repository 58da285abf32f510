using System.Diagnostics;

namespace StudyBot.Benchmarks;

/// <summary>Starts this benchmark program again as a fresh process, for measurements that a warm process would spoil.</summary>
internal static class ChildProcess
{
    /// <summary>Runs this program with <paramref name="arguments"/>, sharing the console, and waits for it.</summary>
    public static int RunSelf(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { UseShellExecute = false };

        // Under "dotnet StudyBot.Benchmarks.dll" the process is the dotnet host, which needs the assembly named again.
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        process.WaitForExit();
        return process.ExitCode;
    }
}
