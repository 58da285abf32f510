using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Core.Corpus;
using StudyBot.Core.Corpus.Import;
using StudyBot.Core.Corpus.Sentences;

namespace StudyBot.Core.Tests.Corpus;

/// <summary>Builds importers for tests and finds the repository's seed folder.</summary>
internal static class CorpusTestSupport
{
    public static CorpusImporter Importer(CorpusOptions? options = null, ILogger<CorpusImporter>? logger = null) =>
        new(Options.Create(options ?? new CorpusOptions()), new SentenceSegmenter(), logger ?? NullLogger<CorpusImporter>.Instance);

    public static Document Import(string text, string fileName = "test.txt") => Importer().ImportText(fileName, text);

    public static string SeedsFolder() => TestSupport.Repository.SeedsFolder;

    public static IEnumerable<Block> BlocksOf(this Document document, BlockKind kind) => document.Blocks.Where(b => b.Kind == kind);

    public static Block BlockContaining(this Document document, string text) =>
        document.Blocks.Single(b => b.Text.Contains(text, StringComparison.Ordinal));
}

/// <summary>A logger that keeps what it was told, so tests can check that a reason was logged.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (Entries)
        {
            Entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
