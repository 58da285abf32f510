using System.Runtime.CompilerServices;
namespace StudyBot.Core.Corpus.Languages;

/// <summary>
/// Tells a document's language from its function words: each supported language's stopwords that the other languages
/// lack ("the", "which" against "het", "niet") are counted over the first thousand words, and the language with
/// the most wins. Function words are so frequent that a sample decides as well as the whole text.
/// </summary>
internal static class LanguageDetector
{
    private const int SampleWords = 1_000;
    private const int MaxStopwordLength = 16;

    private static readonly (Language Language, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words)[] Distinctive = BuildDistinctive();

    /// <summary>The best-supported language of the texts, or English when there is nothing to tell them apart.</summary>
    public static Language Detect(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Span<int> hits = stackalloc int[Distinctive.Length];
        var seen = 0;
        foreach (var text in texts)
        {
            var i = 0;
            while (i < text.Length && seen < SampleWords)
            {
                while (i < text.Length && !char.IsLetter(text[i]))
                {
                    i++;
                }

                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                if (i > start)
                {
                    seen++;
                    Count(text.AsSpan(start, i - start), hits);
                }
            }

            if (seen >= SampleWords)
            {
                break;
            }
        }

        var best = 0;
        for (var l = 1; l < hits.Length; l++)
        {
            if (hits[l] > hits[best])
            {
                best = l;
            }
        }

        return hits[best] > 0 ? Distinctive[best].Language : Language.English;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Count(ReadOnlySpan<char> word, Span<int> hits)
    {
        if (word.Length > MaxStopwordLength)
        {
            return;
        }

        for (var l = 0; l < Distinctive.Length; l++)
        {
            if (Distinctive[l].Words.Contains(word))
            {
                hits[l]++;
            }
        }
    }

    private static (Language, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>)[] BuildDistinctive() =>
        Language.Supported
            .Select(language =>
            {
                var own = new HashSet<string>(Stopwords.For(language), StringComparer.OrdinalIgnoreCase);
                foreach (var other in Language.Supported.Where(l => l != language))
                {
                    own.ExceptWith(Stopwords.For(other));
                }

                return (language, own.GetAlternateLookup<ReadOnlySpan<char>>());
            })
            .ToArray();
}
