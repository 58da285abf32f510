using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Core.Corpus;
using StudyBot.Core.Corpus.Import;
using StudyBot.Core.Corpus.Sentences;

namespace StudyBot.Benchmarks.Corpus;

/// <summary>The importer and the corpora the corpus benchmarks read.</summary>
internal static class BenchmarkCorpus
{
    /// <summary>The size of the large corpus that the throughput, memory and search targets are stated for.</summary>
    public const long LargeCorpusBytes = 100L * 1024 * 1024;

    public static CorpusImporter Importer() =>
        new(Options.Create(new CorpusOptions()), new SentenceSegmenter(), NullLogger<CorpusImporter>.Instance);

    public static string SeedsFolder() => Core.Tests.TestSupport.Repository.SeedsFolder;

    /// <summary>Writes copies of the seed texts into a new temporary folder until it holds <paramref name="bytes"/>.</summary>
    public static string Generate(long bytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "studybot-benchmark-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var seeds = Directory.GetFiles(SeedsFolder(), "*.txt").Order(StringComparer.Ordinal).Select(f => (Name: Path.GetFileNameWithoutExtension(f), Bytes: File.ReadAllBytes(f))).ToArray();
        long written = 0;
        for (var copy = 0; written < bytes; copy++)
        {
            foreach (var (name, content) in seeds)
            {
                File.WriteAllBytes(Path.Combine(folder, $"{name}-{copy}.txt"), content);
                written += content.Length;
            }
        }

        return folder;
    }
}
