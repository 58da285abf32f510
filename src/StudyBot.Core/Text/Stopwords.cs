using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using StudyBot.Core.Corpus;

namespace StudyBot.Core;

/// <summary>Function words per language, folded, ignored by search ranking, key terms and summaries.</summary>
/// <remarks>
/// The maintained Snowball lists that Lucene.Net ships, plus the words a reader would also not take for a key term
/// (adverbs and auxiliaries such as "however", "zelfs", "alleen", "tussen").
/// </remarks>
public static class Stopwords
{
    private static readonly HashSet<string> English = Load(
        SnowballList("english_stop.txt"),
        "about above after again against all also although among another any because before below between both can could down during each either else even ever every few for further however into just last least less like made make many may might more most much must near neither never new next now often once one only other over own perhaps quite rather said same several shall should since still such than though thus together too toward towards two under until upon usually very well what whatever whether while within without would yet");

    private static readonly HashSet<string> Dutch = Load(
        DutchAnalyzer.DefaultStopSet,
        "alleen altijd beide binnen buiten daarna daarom daardoor dergelijke echter eerst elk elke enige enkel enkele even gaan gaat geen ging heel hele hierdoor hoewel ieder iedere immers juist kunnen later meer meest mogen moeten na naast nadat niet nog nooit omdat ondanks onze opdat pas reeds sinds slechts soms steeds terwijl tijdens toch tussen vaak veel volgens voordat waar waarom wanneer weer welk welke werd wel zal zeer zelfs zo zoals zodat zonder zou zouden");

    public static bool IsStopword(string foldedWord, Language language) =>
        For(language).Contains(foldedWord);

    public static IReadOnlySet<string> For(Language language) =>
        language == Language.Dutch ? Dutch : English;

    private static CharArraySet SnowballList(string name)
    {
        using var reader = IOUtils.GetDecodingReader(typeof(SnowballFilter), name, System.Text.Encoding.UTF8);
        return WordlistLoader.GetSnowballWordSet(reader, LuceneVersion.LUCENE_48);
    }

    private static HashSet<string> Load(CharArraySet maintained, string additions)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in maintained)
        {
            words.Add(TextFolding.Fold(word.ToString()!));
        }

        words.UnionWith(additions.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return words;
    }
}
