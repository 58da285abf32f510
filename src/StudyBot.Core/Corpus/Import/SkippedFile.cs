namespace StudyBot.Core.Corpus.Import;

/// <summary>A file the import left out, and why.</summary>
public sealed record SkippedFile(string Path, string Reason);
