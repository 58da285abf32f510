namespace StudyBot.Core.Search;

/// <summary>
/// One index term a query word stands for, and the languages (bits of the index's language slots) of the passages it
/// is looked for in: a word's English stem is matched in English passages, its Dutch stem in Dutch ones.
/// </summary>
internal readonly record struct QueryTerm(int Term, byte Languages);
