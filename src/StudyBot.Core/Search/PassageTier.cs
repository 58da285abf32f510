namespace StudyBot.Core.Search;

/// <summary>Where a passage can stand in a ranking, whatever its score.</summary>
internal enum PassageTier : byte
{
    /// <summary>Prose, list items, infobox lines: ranked by score.</summary>
    Body,

    /// <summary>
    /// A heading, byline, dateline or caption: short, so BM25 favours it, yet it says less than the prose it heads or
    /// stands beside ("Logo of Türk Metal"); ranked after every body match.
    /// </summary>
    Heading,

    /// <summary>A heading or infobox line that repeats an earlier one of its document (a page title over an infobox title): never a hit of its own.</summary>
    Repeat,
}
