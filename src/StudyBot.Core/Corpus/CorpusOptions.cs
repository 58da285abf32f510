namespace StudyBot.Core.Corpus;

/// <summary>Where the corpus comes from and how large a single file may be; bound from <c>StudyBot:Corpus</c>.</summary>
public sealed class CorpusOptions
{
    public const string SectionName = "StudyBot:Corpus";

    /// <summary>The largest file the importer accepts; a file this large is rarely a study text and costs memory.</summary>
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The upper bound for <see cref="MaxFileBytes"/>: a file is decoded into one buffer of at most this many characters.</summary>
    public const long LargestAllowedFileBytes = 1024L * 1024 * 1024;

    /// <summary>The folder with the corpus files; relative paths are tried against the working directory, then the app's folder.</summary>
    public string Folder { get; set; } = "seeds";

    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;
}
