namespace StudyBot.Core.Corpus.Structure;

/// <summary>The title, author and date a document states about itself, for files the catalog does not describe.</summary>
internal sealed record DocumentFacts(string? Title, string? Author, string? Date)
{
    public static DocumentFacts From(IReadOnlyList<StructuredUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var firstProse = FindIndex(units, u => u.IsProse, units.Count);
        var lastProse = FindLastIndex(units, u => u.IsProse);
        var title = units.FirstOrDefault(u => u.IsTitle)?.Text;

        // The byline under the title; else a signature after the text or beside a dateline.
        var author = units.Take(firstProse).FirstOrDefault(u => u.Kind == BlockKind.Byline)?.Author
            ?? units.Skip(lastProse + 1).LastOrDefault(u => u.Kind == BlockKind.Byline)?.Author
            ?? SignatureBesideDate(units);
        var date = units.Take(firstProse).FirstOrDefault(u => u.Kind == BlockKind.Dateline)?.Date
            ?? units.FirstOrDefault(u => u.Kind == BlockKind.Dateline)?.Date;
        return new DocumentFacts(title is null ? null : SectionTitles.FromHeading(title), author, date);
    }

    private static string? SignatureBesideDate(IReadOnlyList<StructuredUnit> units)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Kind == BlockKind.Byline
                && ((i > 0 && units[i - 1].Kind == BlockKind.Dateline) || (i + 1 < units.Count && units[i + 1].Kind == BlockKind.Dateline)))
            {
                return units[i].Author;
            }
        }

        return null;
    }

    private static int FindIndex(IReadOnlyList<StructuredUnit> units, Func<StructuredUnit, bool> match, int none)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (match(units[i]))
            {
                return i;
            }
        }

        return none;
    }

    private static int FindLastIndex(IReadOnlyList<StructuredUnit> units, Func<StructuredUnit, bool> match)
    {
        for (var i = units.Count - 1; i >= 0; i--)
        {
            if (match(units[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
