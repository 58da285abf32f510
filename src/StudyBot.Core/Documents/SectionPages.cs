using StudyBot.Core.Corpus;

namespace StudyBot.Core.Documents;

/// <summary>Splits a section's text into pages that fit a chat message, at paragraph boundaries where possible.</summary>
public static class SectionPages
{
    /// <summary>A page holds about this many characters; one paragraph longer than that is split at sentences, then words.</summary>
    public const int PageLength = 1500;

    public static IReadOnlyList<IReadOnlyList<string>> Split(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var pages = new List<IReadOnlyList<string>>();
        var page = new List<string>();
        var length = 0;
        // The section's own heading is already the page title; repeating it as the first paragraph reads as a stutter.
        var blocks = section.Blocks.SkipWhile(b => b.Kind == BlockKind.Heading && string.Equals(b.Text, section.Title, StringComparison.Ordinal));
        foreach (var piece in blocks.SelectMany(Pieces))
        {
            if (page.Count > 0 && length + piece.Length > PageLength)
            {
                pages.Add(page);
                page = [];
                length = 0;
            }

            page.Add(piece);
            length += piece.Length;
        }

        if (page.Count > 0 || pages.Count == 0)
        {
            pages.Add(page);
        }

        return pages;
    }

    /// <summary>The block as one paragraph, or in parts of at most a page when it is longer.</summary>
    private static IEnumerable<string> Pieces(Block block)
    {
        var text = block.Text;
        if (text.Length <= PageLength)
        {
            return [text];
        }

        var units = block.Sentences.Count > 1 ? block.Sentences.Select(s => s.Text) : text.Split(' ');
        var pieces = new List<string>();
        var current = new List<string>();
        var length = 0;
        foreach (var unit in units)
        {
            if (current.Count > 0 && length + 1 + unit.Length > PageLength)
            {
                pieces.Add(string.Join(' ', current));
                current.Clear();
                length = 0;
            }

            current.Add(unit);
            length += unit.Length + 1;
        }

        if (current.Count > 0)
        {
            pieces.Add(string.Join(' ', current));
        }

        return pieces;
    }
}
