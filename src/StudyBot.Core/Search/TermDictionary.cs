using StudyBot.Core.Corpus;

namespace StudyBot.Core.Search;

/// <summary>
/// Numbers the folded terms of the corpus and knows which are stopwords in which language.
/// </summary>
/// <remarks>
/// Stopwords are numbered up front with one bit per stopword list, so the index builder tells a stopword
/// with the same dictionary look-up that numbers a term. "men" is a Dutch stopword but an English word:
/// its bit is set only for Dutch.
/// </remarks>
internal sealed class TermDictionary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private byte[] stopMasks = new byte[1024];
    private int count;
    private readonly List<IReadOnlySet<string>> stopLists = [];

    public TermDictionary(IEnumerable<Language> languages)
    {
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var list in languages.Select(Stopwords.For).Distinct())
        {
            if (stopLists.Count == 8)
            {
                throw new InvalidOperationException("The search index supports at most 8 stopword lists.");
            }

            var bit = (byte)(1 << stopLists.Count);
            stopLists.Add(list);
            AllLanguagesMask |= bit;
            foreach (var word in list)
            {
                stopMasks[GetOrAdd(word)] |= bit;
            }
        }
    }

    public int Count => count;

    /// <summary>The mask of every language the dictionary was built for.</summary>
    public byte AllLanguagesMask { get; }

    /// <summary>The bit of the language's stopword list (languages sharing a list share it); 0 for a language the dictionary was not built for.</summary>
    public byte LanguageMask(Language language)
    {
        var slot = stopLists.IndexOf(Stopwords.For(language));
        return slot < 0 ? (byte)0 : (byte)(1 << slot);
    }

    public int GetOrAdd(ReadOnlySpan<char> term)
    {
        if (lookup.TryGetValue(term, out var id))
        {
            return id;
        }

        if (count == stopMasks.Length)
        {
            Array.Resize(ref stopMasks, count * 2);
        }

        id = count++;
        lookup[term] = id;
        return id;
    }

    /// <summary>Adds every term to <paramref name="joined"/>; entry <c>t</c> of the result is term <c>t</c>'s number there.</summary>
    public int[] MapInto(TermDictionary joined)
    {
        ArgumentNullException.ThrowIfNull(joined);
        var map = new int[count];
        foreach (var (term, id) in ids)
        {
            map[id] = joined.GetOrAdd(term);
        }

        return map;
    }

    public bool TryGet(ReadOnlySpan<char> term, out int id) => lookup.TryGetValue(term, out id);

    /// <summary>Whether the term is a stopword in any language of <paramref name="languageMask"/>.</summary>
    public bool IsStopword(int id, byte languageMask) => (stopMasks[id] & languageMask) != 0;

    /// <summary>Whether the term is a stopword in every language of <paramref name="languageMask"/>.</summary>
    public bool IsStopwordInAll(int id, byte languageMask) => (stopMasks[id] & languageMask) == languageMask;
}
