using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Search;

/// <summary>
/// The stem of a folded word in a language, by the Snowball stemmers ("strikes" and "strike" share "strike",
/// "arbeiders" and "arbeider" share "arbeider"), so that search finds a singular for a plural and the reverse.
/// </summary>
/// <remarks>
/// A stemmer keeps the word it works on, so each thread has its own. Words with digits ("1920", "8,000") and
/// words of a language without a stemmer are their own stem.
/// </remarks>
internal static class WordStems
{
    [ThreadStatic]
    private static SnowballProgram? english;

    [ThreadStatic]
    private static SnowballProgram? dutch;

    public static string Of(ReadOnlySpan<char> foldedWord, Language language)
    {
        var stemmer = language == Language.Dutch ? dutch ??= new DutchStemmer()
            : language == Language.English ? english ??= new EnglishStemmer()
            : null;
        if (stemmer is null || foldedWord.ContainsAnyInRange('0', '9'))
        {
            return foldedWord.ToString();
        }

        stemmer.SetCurrent(foldedWord.ToString());
        stemmer.Stem();
        return stemmer.Current;
    }
}
