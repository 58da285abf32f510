namespace StudyBot.Core.Corpus.Structure;

/// <summary>
/// Section headings under which a document lists sources or notes rather than prose, in English and Dutch.
/// Their blocks are never quoted, summarised or asked about.
/// </summary>
internal static class ReferenceHeadings
{
    private static readonly HashSet<string> Bibliography = new(StringComparer.Ordinal)
    {
        "bibliography", "references", "sources", "see also", "further reading", "external links", "literature",
        "works cited", "citations", "reading list", "bibliografie", "literatuur", "literatuurlijst", "bronnen",
        "zie ook", "leeslijst", "verder lezen", "externe links", "bronvermelding",
    };

    private static readonly HashSet<string> Notes = new(StringComparer.Ordinal)
    {
        "notes", "footnotes", "endnotes", "noten", "voetnoten", "eindnoten", "opmerkingen",
    };

    /// <summary>The kind the blocks under a heading get, or null for an ordinary section.</summary>
    public static BlockKind? KindUnder(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var key = TextFolding.Fold(heading.Trim().TrimEnd(':', '.').Trim());
        if (Bibliography.Contains(key))
        {
            return BlockKind.Bibliography;
        }

        return Notes.Contains(key) ? BlockKind.Note : null;
    }

    /// <summary>The title for a section of notes that the document left without a heading.</summary>
    public static string NotesTitle(Language language) => language == Language.Dutch ? "Noten" : "Notes";
}
