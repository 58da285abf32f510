namespace StudyBot.Core.Corpus.Import;

/// <summary>What an import produced: the library, and the files it had to skip.</summary>
public sealed record CorpusImportResult(CorpusLibrary Library, IReadOnlyList<SkippedFile> Skipped);
