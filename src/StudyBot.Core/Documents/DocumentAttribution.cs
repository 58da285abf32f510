using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Documents;

/// <summary>Builds the attribution shown with every passage, quote and quiz source.</summary>
public static class DocumentAttribution
{
    /// <summary>The document's title, author and date, and the section's title when it adds something.</summary>
    public static Attribution Of(Document document, int sectionIndex)
    {
        ArgumentNullException.ThrowIfNull(document);
        var metadata = document.Metadata;
        var section = sectionIndex >= 0 && sectionIndex < document.Sections.Count ? document.Sections[sectionIndex].Title : null;

        // A single untitled section often carries the document's own title; repeating it reads as a stutter.
        if (string.IsNullOrWhiteSpace(section) || string.Equals(section, metadata.Title, StringComparison.OrdinalIgnoreCase))
        {
            section = null;
        }

        return new Attribution(metadata.Title, metadata.Author, metadata.Date, section);
    }
}
