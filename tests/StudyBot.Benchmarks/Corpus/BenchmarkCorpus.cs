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

    /// <summary>The repository's <c>seeds/</c> folder, beside StudyBot.sln above the benchmark binaries.</summary>
    public static string SeedsFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StudyBot.sln")))
            {
                return Path.Combine(directory.FullName, "seeds");
            }
        }

        throw new DirectoryNotFoundException("StudyBot.sln was not found above " + AppContext.BaseDirectory);
    }

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
