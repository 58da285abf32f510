namespace StudyBot.Core.Corpus.Languages;

/// <summary>
/// Tells a document's language from its function words: each supported language's stopwords that the other languages
/// lack ("the", "which" against "het", "niet") are counted over a sample of the text, and the language with the most wins.
/// </summary>
internal static class LanguageDetector
{
    private const int SampleWords = 20_000;

    private static readonly Dictionary<Language, HashSet<string>> Distinctive = BuildDistinctive();

    /// <summary>The best-supported language of the texts, or English when there is too little to tell.</summary>
    public static Language Detect(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var hits = Language.Supported.ToDictionary(l => l, _ => 0);
        var seen = 0;
        foreach (var text in texts)
        {
            foreach (var word in Tokenizer.FoldedWords(text))
            {
                foreach (var (language, words) in Distinctive)
                {
                    if (words.Contains(word))
                    {
                        hits[language]++;
                    }
                }

                if (++seen >= SampleWords)
                {
                    return Best(hits);
                }
            }
        }

        return Best(hits);
    }

    private static Language Best(Dictionary<Language, int> hits)
    {
        var best = Language.English;
        foreach (var language in Language.Supported)
        {
            if (hits[language] > hits[best])
            {
                best = language;
            }
        }

        return best;
    }

    private static Dictionary<Language, HashSet<string>> BuildDistinctive()
    {
        var result = new Dictionary<Language, HashSet<string>>();
        foreach (var language in Language.Supported)
        {
            var own = new HashSet<string>(Stopwords.For(language), StringComparer.Ordinal);
            foreach (var other in Language.Supported.Where(l => l != language))
            {
                own.ExceptWith(Stopwords.For(other));
            }

            result[language] = own;
        }

        return result;
    }
}
