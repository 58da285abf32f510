namespace StudyBot.Core.Search;

/// <summary>A content word of a query: as typed (folded), its stem in each language searched, and the index terms it matches.</summary>
/// <param name="Term">The word, folded.</param>
/// <param name="Stems">Its stem in each of the query's languages, in their order.</param>
/// <param name="Terms">The index terms it matches; empty when the corpus lacks the word.</param>
/// <param name="Phrase">The phrase the word belongs to, or -1 for a word searched on its own.</param>
/// <param name="Offset">The word's position in its phrase, stopwords counted, so "workers of the world" puts "world" at 3.</param>
internal sealed record QueryWord(string Term, IReadOnlyList<string> Stems, IReadOnlyList<QueryTerm> Terms, int Phrase, int Offset);
