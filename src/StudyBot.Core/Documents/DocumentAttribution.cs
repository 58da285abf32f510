using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Documents;

/// <summary>Builds the attribution shown with every passage, quote, quiz source, summary and excerpt.</summary>
public static class DocumentAttribution
{
    /// <summary>
    /// The document's title; the section's own author and date where it has them (an excerpt by another writer,
    /// a blog post of its own day, a catalog correction), the document's otherwise; and the section's title when it
    /// adds something. A negative <paramref name="sectionIndex"/> means the whole document.
    /// </summary>
    public static Attribution Of(Document document, int sectionIndex)
    {
        ArgumentNullException.ThrowIfNull(document);
        var metadata = document.Metadata;
        var own = sectionIndex >= 0 && sectionIndex < document.Sections.Count ? document.Sections[sectionIndex] : null;
        var section = own?.Title;

        // A single untitled section often carries the document's own title; repeating it reads as a stutter.
        if (string.IsNullOrWhiteSpace(section) || string.Equals(section, metadata.Title, StringComparison.OrdinalIgnoreCase))
        {
            section = null;
        }

        return new Attribution(metadata.Title, own?.Author ?? metadata.Author, own?.Date ?? metadata.Date, section);
    }
}
