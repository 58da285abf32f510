namespace StudyBot.Core.Corpus.Import;

/// <summary>What <c>catalog.json</c> states about one section of a document; it wins over the byline and dateline found in the text.</summary>
/// <param name="Number">The section's number as users see it, from 1.</param>
/// <param name="Author">Who wrote the section; null keeps what the importer found.</param>
/// <param name="Date">When the section was written (ISO 8601); null keeps what the importer found.</param>
public sealed record SectionCatalogEntry(int Number, string? Author, string? Date);
