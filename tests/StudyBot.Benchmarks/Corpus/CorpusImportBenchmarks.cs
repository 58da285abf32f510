using BenchmarkDotNet.Attributes;
using StudyBot.Core.Corpus;
using StudyBot.Core.Corpus.Import;

namespace StudyBot.Benchmarks.Corpus;

/// <summary>Importing the bundled corpus (about 200 KB), which has to stay well under 300 ms even cold.</summary>
[MemoryDiagnoser]
public class CorpusImportBenchmarks
{
    private CorpusImporter importer = null!;
    private string seeds = null!;
    private string brochure = null!;

    [GlobalSetup]
    public void Setup()
    {
        importer = BenchmarkCorpus.Importer();
        seeds = BenchmarkCorpus.SeedsFolder();
        brochure = File.ReadAllText(Path.Combine(seeds, "manifest-oktober-revolutie.txt"));
    }

    [Benchmark]
    public CorpusImportResult ImportSeeds() => importer.ImportFolder(seeds);

    /// <summary>The hard-wrapped PDF text: the most work per byte (line joining, hyphen evidence).</summary>
    [Benchmark]
    public Document ImportDutchBrochure() => importer.ImportText("manifest-oktober-revolutie.txt", brochure);
}
