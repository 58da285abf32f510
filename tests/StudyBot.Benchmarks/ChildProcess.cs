using System.Diagnostics;

namespace StudyBot.Benchmarks;

/// <summary>Starts this benchmark program again as a fresh process, for measurements that a warm process would spoil.</summary>
internal static class ChildProcess
{
    /// <summary>The core a one-core child runs on.</summary>
    private const string OneCore = "0";

    /// <summary>Set in a process that <see cref="RunSelfBesideOneCore"/> started, so it measures instead of starting itself again.</summary>
    private const string BesideVariable = "STUDYBOT_BENCH_BESIDE_ONE_CORE";

    /// <summary>Whether this process already runs on the cores that a one-core child leaves free.</summary>
    public static bool BesideOneCore => Environment.GetEnvironmentVariable(BesideVariable) == "1";

    /// <summary>
    /// Runs this program with <paramref name="arguments"/> on every core but the one a one-core child gets, and waits:
    /// what drives a one-core child (a fake server) then never takes that core from it.
    /// </summary>
    public static int RunSelfBesideOneCore(params string[] arguments)
    {
        var start = StartInfo(Environment.ProcessorCount > 1 ? $"1-{Environment.ProcessorCount - 1}" : OneCore, arguments);
        start.Environment[BesideVariable] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>Runs this program with <paramref name="arguments"/>, sharing the console, and waits for it.</summary>
    public static int RunSelf(params string[] arguments)
    {
        using var process = StartSelf(oneCore: false, readOutput: false, arguments);
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>
    /// Starts this program with <paramref name="arguments"/>. Its standard input is a pipe, so the parent can end a
    /// child that serves until its input closes. With <paramref name="oneCore"/> the child runs on one core: started
    /// under <c>taskset</c> (so every thread it ever makes is pinned, which setting the affinity after the start
    /// would not do) and told by <c>DOTNET_PROCESSOR_COUNT=1</c> to size its thread pool and GC for one.
    /// With <paramref name="readOutput"/> the parent reads its standard output instead of the console showing it.
    /// </summary>
    public static Process StartSelf(bool oneCore, bool readOutput, params string[] arguments)
    {
        var start = StartInfo(oneCore ? OneCore : null, arguments);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = readOutput;
        if (oneCore)
        {
            start.Environment["DOTNET_PROCESSOR_COUNT"] = "1";
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
    }

    /// <summary>This program with <paramref name="arguments"/>, under <c>taskset</c> on <paramref name="cores"/> when given.</summary>
    private static ProcessStartInfo StartInfo(string? cores, string[] arguments)
    {
        var program = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(cores is null ? program : "taskset") { UseShellExecute = false };
        if (cores is not null)
        {
            start.ArgumentList.Add("--cpu-list");
            start.ArgumentList.Add(cores);
            start.ArgumentList.Add(program);
        }

        // Under "dotnet StudyBot.Benchmarks.dll" the process is the dotnet host, which needs the assembly named again.
        if (Path.GetFileNameWithoutExtension(program) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
