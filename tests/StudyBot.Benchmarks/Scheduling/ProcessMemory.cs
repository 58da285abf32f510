using System.Diagnostics;
using System.Globalization;

namespace StudyBot.Benchmarks.Scheduling;

/// <summary>
/// Resident memory of the benchmark process, printed into the BenchmarkDotNet log: the memory diagnoser counts
/// allocated bytes, which is not what the operator's machine has to hold.
/// </summary>
internal static class ProcessMemory
{
    public static void Report(string label)
    {
        using var process = Process.GetCurrentProcess();
        var heap = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"// {label}: working set {Megabytes(process.WorkingSet64)} MB, peak working set {Megabytes(process.PeakWorkingSet64)} MB, " +
            $"GC heap {Megabytes(heap.HeapSizeBytes)} MB, GC total memory {Megabytes(GC.GetTotalMemory(forceFullCollection: false))} MB, " +
            $"allocated since process start {Megabytes(GC.GetTotalAllocatedBytes())} MB"));
    }

    /// <summary>Whole mebibytes, as every measurement prints memory.</summary>
    public static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
