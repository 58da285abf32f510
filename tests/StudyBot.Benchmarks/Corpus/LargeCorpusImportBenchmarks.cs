using BenchmarkDotNet.Attributes;
using StudyBot.Core.Corpus.Import;

namespace StudyBot.Benchmarks.Corpus;

/// <summary>
/// A generated 100 MB corpus (copies of the seed texts): import must reach 20 MB/s, so the mean must stay under 5 s,
/// and hold memory under three times the corpus size. Allocated bytes are not that peak: <c>--measure-import-peak</c>
/// measures it (<see cref="ImportPeakMeasurement"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LargeCorpusImportBenchmarks
{
    private CorpusImporter importer = null!;
    private string folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        importer = BenchmarkCorpus.Importer();
        folder = BenchmarkCorpus.Generate(BenchmarkCorpus.LargeCorpusBytes);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public CorpusImportResult Import100MegabyteCorpus() => importer.ImportFolder(folder);
}
