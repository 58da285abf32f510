using StudyBot.Core.Corpus;
using StudyBot.Core.Text;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// Whether a passage gives away which of the offered titles (of texts, or of sections of one text) it comes from by
/// writing a word of the right title that the others lack: a reader would match the word, not know the text.
/// </summary>
internal static class TitleClues
{
    /// <summary>Title words shorter than this are too common to give a text away.</summary>
    private const int MinRevealingLength = 4;

    /// <summary>A title word this long is still read in a compound that starts with it; a shorter one ("work" in "workers") is a different word too often.</summary>
    private const int MinCompoundHead = 6;

    /// <summary>Words sharing this long a start are forms of one word whatever their endings ("kapitalistische" of "kapitalisme").</summary>
    private const int MinLongStem = 8;

    /// <summary>
    /// Whether <paramref name="passage"/> writes a word of <paramref name="title"/> that none of
    /// <paramref name="otherTitles"/> has, or a form of it ("workplaces" for "workplace", "Leninist" for "Lenin").
    /// </summary>
    public static bool GiveAway(string passage, string title, IEnumerable<string> otherTitles, Language language) =>
        GiveAway(Tokenizer.FoldedWords(passage), title, otherTitles, language);

    /// <summary>The same, for a passage already split into folded words, to hold it against many titles.</summary>
    public static bool GiveAway(IEnumerable<string> passageWords, string title, IEnumerable<string> otherTitles, Language language)
    {
        var shared = otherTitles.SelectMany(Tokenizer.FoldedWords).ToHashSet(StringComparer.Ordinal);
        var titleWords = Tokenizer.FoldedWords(title)
            .Where(w => w.Length >= MinRevealingLength && !Stopwords.IsStopword(w, language) && !shared.Contains(w))
            .ToArray();
        return titleWords.Length > 0 && passageWords.Any(p => titleWords.Any(t => SameStem(p, t)));
    }

    /// <summary>
    /// Whether the word is the title word or a form of it; a short title word such as "RDKS" is also given away by "RDK",
    /// a long one by a compound it opens ("Oktoberrevolutie" for "oktober") or a longer form ("kapitalistische" for "kapitalisme"),
    /// and one longer than a long stem by any word that shares that stem ("preparatory" for "preparation").
    /// </summary>
    private static bool SameStem(string word, string titleWord)
    {
        var shortest = titleWord.Length <= MinRevealingLength ? MinRevealingLength - 1 : MinRevealingLength;
        var stem = Math.Min(Math.Min(word.Length, titleWord.Length), Math.Max(shortest, Math.Min(titleWord.Length - 2, MinLongStem)));
        return word.Length >= shortest && string.CompareOrdinal(word, 0, titleWord, 0, stem) == 0
            && (Math.Abs(word.Length - titleWord.Length) <= 3 || stem >= MinLongStem
                || (titleWord.Length >= MinCompoundHead && word.StartsWith(titleWord, StringComparison.Ordinal)));
    }
}
