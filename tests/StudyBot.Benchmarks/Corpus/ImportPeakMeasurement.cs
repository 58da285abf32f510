using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Corpus;
using StudyBot.Benchmarks.Scheduling;

namespace StudyBot.Benchmarks.Corpus;

/// <summary>
/// Peak memory of importing a generated 100 MB corpus, as a ratio to its size (the target is under 3).
/// BenchmarkDotNet reports allocated bytes, not the peak a machine has to provide, so each case runs once in a
/// fresh process that reads its own peak resident set (VmHWM on Linux) at the end.
/// </summary>
internal static class ImportPeakMeasurement
{
    public const string Command = "--measure-import-peak";
    public const string ChildCommand = "--import-peak-child";

    /// <summary>What a child process measures: the import alone, or the import and the search index the host builds at start.</summary>
    private static readonly string[] Cases = ["import", "import+index"];

    public static int Run()
    {
        var folder = BenchmarkCorpus.Generate(BenchmarkCorpus.LargeCorpusBytes);
        try
        {
            Console.WriteLine($"Generated {ProcessMemory.Megabytes(BenchmarkCorpus.LargeCorpusBytes)} MB in {folder}");
            return Cases.Select(c => ChildProcess.RunSelf(ChildCommand, c, folder)).Max();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static int RunChild(string measured, string folder)
    {
        var input = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
        using var self = Process.GetCurrentProcess();
        var before = self.WorkingSet64;
        var clock = Stopwatch.StartNew();
        using var services = StudyServices.Start(folder, buildIndex: measured == "import+index");
        var documents = services.GetRequiredService<CorpusLibrary>().Documents.Count;
        clock.Stop();

        self.Refresh();
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{measured,-13} {documents} documents in {clock.Elapsed.TotalSeconds:F2} s ({ProcessMemory.Megabytes(input) / clock.Elapsed.TotalSeconds:F1} MB/s); " +
            $"peak working set {ProcessMemory.Megabytes(self.PeakWorkingSet64)} MB = {(double)self.PeakWorkingSet64 / input:F2}x the input " +
            $"(the runtime alone held {ProcessMemory.Megabytes(before)} MB); managed heap afterwards {ProcessMemory.Megabytes(retained)} MB = {(double)retained / input:F2}x"));
        return 0;
    }

}
