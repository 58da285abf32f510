using StudyBot.Core.Corpus;

namespace StudyBot.Core.Search;

/// <summary>
/// What a user searched for: the folded content words of the query, each standing for its stem in the languages
/// searched, and the phrases among them, ready to rank and highlight.
/// </summary>
/// <remarks>Made per request and used by one thread at a time: it remembers which written words matched.</remarks>
public sealed class SearchQuery
{
    /// <summary>One bit per word in <see cref="MatchingWords"/>.</summary>
    internal const int MaxWords = 64;

    private readonly IReadOnlyList<Language> languages;
    private readonly Dictionary<string, ulong> matched = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> matchedLookup;

    internal SearchQuery(string text, IReadOnlyList<QueryWord> words, IReadOnlyList<IReadOnlyList<int>> phrases, IReadOnlyList<Language> languages)
    {
        Text = text;
        Words = words;
        Phrases = phrases;
        this.languages = languages;
        Terms = words.Select(w => w.Term).Distinct(StringComparer.Ordinal).ToArray();
        matchedLookup = matched.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The query as typed.</summary>
    public string Text { get; }

    /// <summary>The folded content words, stopwords removed.</summary>
    public IReadOnlyList<string> Terms { get; }

    internal IReadOnlyList<QueryWord> Words { get; }

    /// <summary>The indexes in <see cref="Words"/> of each phrase's words, in phrase order.</summary>
    internal IReadOnlyList<IReadOnlyList<int>> Phrases { get; }

    /// <summary>Whether a folded term from <see cref="TermScanner"/> is one of the query's words or shares its stem.</summary>
    public bool Matches(ReadOnlySpan<char> foldedTerm) => MatchingWords(foldedTerm) != 0;

    /// <summary>Bit <c>i</c> is set when the folded term matches <see cref="Words"/>[i] in some language searched.</summary>
    internal ulong MatchingWords(ReadOnlySpan<char> foldedTerm)
    {
        if (matchedLookup.TryGetValue(foldedTerm, out var words))
        {
            return words;
        }

        for (var language = 0; language < languages.Count; language++)
        {
            var stem = WordStems.Of(foldedTerm, languages[language]);
            for (var i = 0; i < Words.Count; i++)
            {
                if (string.Equals(Words[i].Stems[language], stem, StringComparison.Ordinal))
                {
                    words |= 1UL << i;
                }
            }
        }

        matchedLookup[foldedTerm] = words;
        return words;
    }
}
