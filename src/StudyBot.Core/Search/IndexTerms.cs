using StudyBot.Core.Corpus;

namespace StudyBot.Core.Search;

/// <summary>
/// Turns the folded words of one part's passages into the index's terms: the stopwords of the passage's language are
/// left out, every other word becomes its stem in that language, numbered in <see cref="Stems"/>.
/// </summary>
/// <remarks>
/// Each distinct word is stemmed once per language and remembered by its number, so the scan of a large corpus pays
/// for a dictionary look-up per word, as it did before stemming, and for the stemmer only per new word.
/// </remarks>
internal sealed class IndexTerms
{
    private readonly IReadOnlyList<Language> languages;
    private readonly TermDictionary words;
    private readonly byte[] stopMasks;

    // Per language slot: a word's stem number plus one, 0 while the word has not been stemmed in that language.
    private readonly int[][] stemOfWord;

    /// <param name="languages">The languages of the corpus; a passage names its language by its position here.</param>
    public IndexTerms(IReadOnlyList<Language> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        this.languages = languages;
        words = new TermDictionary(languages);
        stopMasks = languages.Select(words.LanguageMask).ToArray();
        stemOfWord = languages.Select(_ => new int[1024]).ToArray();
    }

    /// <summary>The stems of the part, numbered in the order first met.</summary>
    public TermDictionary Stems { get; } = new([]);

    /// <summary>The position of <paramref name="language"/> among the corpus's languages.</summary>
    public int Slot(Language language)
    {
        for (var slot = 0; slot < languages.Count; slot++)
        {
            if (languages[slot] == language)
            {
                return slot;
            }
        }

        throw new ArgumentException($"The index was not built for language '{language}'.", nameof(language));
    }

    /// <summary>The stem number of a folded word in the language at <paramref name="slot"/>, or -1 for a stopword of that language.</summary>
    public int Of(ReadOnlySpan<char> foldedWord, int slot)
    {
        var word = words.GetOrAdd(foldedWord);
        if (words.IsStopword(word, stopMasks[slot]))
        {
            return -1;
        }

        ref var stems = ref stemOfWord[slot];
        if (word >= stems.Length)
        {
            Array.Resize(ref stems, Math.Max(word + 1, stems.Length * 2));
        }

        if (stems[word] == 0)
        {
            stems[word] = Stems.GetOrAdd(WordStems.Of(foldedWord, languages[slot])) + 1;
        }

        return stems[word] - 1;
    }
}
