namespace StudyBot.Core.Corpus.Normalisation;

/// <summary>What a hyphen at the end of a line stands for.</summary>
internal enum LineBreakHyphenKind
{
    /// <summary>Typesetting broke a word: "onuitspre-" + "kelijke" is "onuitsprekelijke".</summary>
    BrokenWord,

    /// <summary>A real compound hyphen that happened to fall at the line end: "Midden-" + "Oosten".</summary>
    Compound,

    /// <summary>A suspended hyphen before a conjunction: "soldaten-" + "en boerenraden" is "soldaten- en boerenraden".</summary>
    Suspended,
}

/// <summary>
/// Decides what a hyphen at a line end means, with the document's own words as evidence: the form the document uses
/// elsewhere wins; a capital after the break keeps a compound (Midden-Oosten); otherwise the word was broken.
/// </summary>
internal static class LineBreakHyphen
{
    // Conjunctions after which a hyphen is a suspended compound ("staal- en scheepsbouw", "pre- and post-war").
    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "en", "of", "tot", "noch", "and", "or", "nor", "to", "und", "oder", "et", "ou",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConjunctionLookup =
        Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="before">The text before the line break, ending in a letter and a hyphen.</param>
    /// <param name="after">The next line.</param>
    /// <param name="evidence">The document's word counts.</param>
    public static LineBreakHyphenKind Decide(ReadOnlySpan<char> before, ReadOnlySpan<char> after, WordEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var left = TextShape.TrailingLetters(before);
        var right = TextShape.LeadingLetters(after);
        if (left.IsEmpty || right.IsEmpty || char.IsUpper(right[0]))
        {
            return LineBreakHyphenKind.Compound;
        }

        if (right.Length == after.Length || after[right.Length] == ' ')
        {
            if (ConjunctionLookup.Contains(right))
            {
                return LineBreakHyphenKind.Suspended;
            }
        }

        var hyphenated = evidence.CountHyphenated(left, right);
        var joined = evidence.CountJoined(left, right);
        return hyphenated > joined ? LineBreakHyphenKind.Compound : LineBreakHyphenKind.BrokenWord;
    }
}
