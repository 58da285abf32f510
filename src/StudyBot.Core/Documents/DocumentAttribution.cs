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

    /// <summary>
    /// Credits text gathered from several sections, as a whole-document summary is: the section's attribution when
    /// it all comes from one section; otherwise each author with the dates of their sections, in reading order, so
    /// that a summary holding sentences of a reposted chapter credits its writer beside the document's.
    /// </summary>
    /// <param name="document">Where the text comes from.</param>
    /// <param name="sectionIndexes">The section of each piece of text, in reading order.</param>
    public static Attribution OfSections(Document document, IEnumerable<int> sectionIndexes)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sectionIndexes);
        var sections = sectionIndexes.Distinct().ToArray();
        if (sections.Length == 1)
        {
            return Of(document, sections[0]);
        }

        // Each author once, with the span of their sections' dates: a blog's posts of several days by one writer, a
        // reposted chapter by another.
        var whole = Of(document, -1);
        var credits = sections.Select(i => Of(document, i))
            .GroupBy(a => a.Author, StringComparer.Ordinal)
            .Select(g => (Author: g.Key, Dates: Span(g.Select(a => a.Date).OfType<string>())))
            .ToArray();
        return credits.Length switch
        {
            0 => whole,
            1 => whole with { Author = credits[0].Author, Date = credits[0].Dates },
            _ => whole with { Author = string.Join("; ", credits.Select(c => Credit(c.Author, c.Dates))), Date = null },
        };
    }

    /// <summary>
    /// One date, or the first and last of several ("2012-11-07 – 2012-11-18"): a list of dates after one name reads
    /// as a list of texts. Dates are written year first, so they sort as text.
    /// </summary>
    private static string? Span(IEnumerable<string> dates)
    {
        var ordered = dates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return ordered.Length switch
        {
            0 => null,
            1 => ordered[0],
            _ => $"{ordered[0]} – {ordered[^1]}",
        };
    }

    private static string Credit(string? author, string? date) =>
        string.Join(", ", new[] { author, date }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
