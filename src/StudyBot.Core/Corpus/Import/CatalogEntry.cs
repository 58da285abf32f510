namespace StudyBot.Core.Corpus.Import;

/// <summary>What <c>catalog.json</c> states about one corpus file; every field but the file name is optional.</summary>
public sealed record CatalogEntry
{
    public required string File { get; init; }

    public string? Slug { get; init; }

    public string? Title { get; init; }

    public string? Author { get; init; }

    /// <summary>ISO 8601: a year, year and month, or a full date.</summary>
    public string? Date { get; init; }

    /// <summary>ISO 639-1 code, e.g. "en" or "nl".</summary>
    public string? Language { get; init; }

    public string? Source { get; init; }

    /// <summary>Per-section corrections of what the importer found, such as the author and date of an excerpt by another writer.</summary>
    public IReadOnlyList<SectionCatalogEntry> Sections { get; init; } = [];
}
