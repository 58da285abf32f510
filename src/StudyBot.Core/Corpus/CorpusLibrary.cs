using StudyBot.Core.Commands;
using StudyBot.Core.Documents;

namespace StudyBot.Core.Corpus;

/// <summary>The loaded corpus: every document, looked up by slug or title.</summary>
public sealed class CorpusLibrary
{
    public CorpusLibrary(IReadOnlyList<Document> documents)
    {
        Documents = documents;
    }

    public IReadOnlyList<Document> Documents { get; }

    /// <summary>
    /// Finds a document by slug, by title, or by an unambiguous prefix of either, folding case and accents.
    /// </summary>
    public Document? Find(string? nameOrSlug)
    {
        if (string.IsNullOrWhiteSpace(nameOrSlug))
        {
            return null;
        }

        var key = TextFolding.Fold(nameOrSlug.Trim());
        var exact = Documents.FirstOrDefault(d => TextFolding.Fold(d.Slug) == key || TextFolding.Fold(d.Title) == key);
        if (exact is not null)
        {
            return exact;
        }

        var partial = Documents
            .Where(d => TextFolding.Fold(d.Slug).StartsWith(key, StringComparison.Ordinal)
                || TextFolding.Fold(d.Title).Contains(key, StringComparison.Ordinal))
            .Take(2)
            .ToArray();
        return partial.Length == 1 ? partial[0] : null;
    }

    /// <summary>Like <see cref="Find"/>, but refuses an unknown name with a message that says what exists.</summary>
    public Document Require(string nameOrSlug) =>
        Find(nameOrSlug) ?? throw new CommandException(
            DocumentTexts.UnknownDocument, nameOrSlug, string.Join(", ", Documents.Select(d => d.Slug)));
}
