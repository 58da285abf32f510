using BenchmarkDotNet.Running;
using StudyBot.Benchmarks.Corpus;
using StudyBot.Benchmarks.Discord;
using StudyBot.Benchmarks.Matrix;
using StudyBot.Benchmarks.Startup;

namespace StudyBot.Benchmarks;

/// <summary>
/// With no arguments, checks every target: the measurements that BenchmarkDotNet cannot make
/// (<c>--measure-import-peak</c>, <c>--measure-startup</c>, <c>--measure-matrix-start</c>, <c>--measure-discord</c>), then every benchmark. With BenchmarkDotNet's options
/// (<c>--filter '*Search*'</c>) it runs just those.
/// </summary>
internal static class Program
{
    private static int Main(string[] args) => args switch
    {
        [ImportPeakMeasurement.Command] => ImportPeakMeasurement.Run(),
        [ImportPeakMeasurement.ChildCommand, var measured, var folder] => ImportPeakMeasurement.RunChild(measured, folder),
        [StartupMeasurement.Command] => StartupMeasurement.Run(),
        [DiscordMeasurement.Command] => DiscordMeasurement.Run(),
        [DiscordMeasurement.Command, var part] => DiscordMeasurement.Run(part),
        [DiscordMeasurement.ChildCommand, .. var rest] => DiscordMeasurement.RunChild(rest),
        [MatrixStartMeasurement.Command] => MatrixStartMeasurement.Run(),
        [MatrixStartMeasurement.ChildCommand, var measured, var homeserver, var resultFile] => MatrixStartMeasurement.RunChild(measured, homeserver, resultFile),
        [] => RunAll(),
        _ => Run(args),
    };

    private static int RunAll()
    {
        var failed = ImportPeakMeasurement.Run() | StartupMeasurement.Run() | MatrixStartMeasurement.Run() | DiscordMeasurement.Run();
        return Run(["--filter", "*"]) | failed;
    }

    private static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
