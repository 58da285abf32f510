using BenchmarkDotNet.Running;
using StudyBot.Benchmarks.Corpus;
using StudyBot.Benchmarks.Startup;

namespace StudyBot.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen with BenchmarkDotNet's options (<c>--filter '*'</c> runs all), or one of the
/// measurements that BenchmarkDotNet cannot make: <c>--measure-import-peak</c> and <c>--measure-startup</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args) => args switch
    {
        [ImportPeakMeasurement.Command] => ImportPeakMeasurement.Run(),
        [ImportPeakMeasurement.ChildCommand, var measured, var folder] => ImportPeakMeasurement.RunChild(measured, folder),
        [StartupMeasurement.Command] => StartupMeasurement.Run(),
        _ => Run(args),
    };

    private static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
