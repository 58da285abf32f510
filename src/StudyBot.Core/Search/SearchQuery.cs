namespace StudyBot.Core.Search;

/// <summary>What a user searched for: the folded content terms of the query, ready to rank and highlight.</summary>
public sealed class SearchQuery
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    internal SearchQuery(string text, IReadOnlyList<string> terms, IReadOnlyList<int> termIds)
    {
        Text = text;
        Terms = terms;
        TermIds = termIds;
        lookup = new HashSet<string>(terms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    /// <summary>The folded terms, stopwords removed.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Index ids of the terms the corpus contains.</summary>
    internal IReadOnlyList<int> TermIds { get; }

    /// <summary>Whether a folded term from <see cref="TermScanner"/> is one of the query's terms.</summary>
    public bool Matches(ReadOnlySpan<char> foldedTerm) => lookup.Contains(foldedTerm);
}
