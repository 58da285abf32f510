using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using StudyBot.Core.Corpus;

namespace StudyBot.Core;

/// <summary>Function words per language, folded, ignored by search ranking, key terms and summaries.</summary>
/// <remarks>
/// The maintained Snowball lists that Lucene.Net ships, plus the words a reader would also not take for a key term
/// (adverbs, pronouns and auxiliaries such as "however", "zelfs", "alleen", "tussen", "wij"), which include every
/// word of the lists used before, so search never starts to rank a word it used to ignore.
/// </remarks>
public static class Stopwords
{
    private static readonly HashSet<string> English = Load(
        SnowballList("english_stop.txt"),
        "a about above after again against all also although am among an and another any are as at be because been before being below between both but by can could did do does doing down during each either else even ever every few for from further had has have having he her here hers herself him himself his how however i if in into is it its itself just last least less like made make many may me might more most much must my myself near neither never new next no nor not now of off often on once one only or other our ours ourselves out over own perhaps quite rather said same several shall she should since so some still such than that the their theirs them themselves then there these they this those though through thus to together too toward towards two under until up upon us usually very was we well were what whatever when where whether which while who whom whose why will with within without would yet you your yours yourself yourselves");

    private static readonly HashSet<string> Dutch = Load(
        DutchAnalyzer.DefaultStopSet,
        "aan al alle alleen allemaal alles als altijd andere beide ben bij bijvoorbeeld binnen buiten daar daarbij daardoor daarna daarom dan dat de der dergelijke deze die dit doch doen door dus echter een eens eerst eigen elk elke en enige enkel enkele er erin ermee erop ervan even eveneens evenmin gaan gaat ge geen geweest ging haar had heb hebben heeft heel hele hem het hier hierdoor hij hoe hoewel hun ieder iedere iemand iets ik immers in is ja je juist jullie kan kon kunnen later maar me meer meest men met mij mijn misschien moet moeten mogen na naar naast nadat net niet niets nog nooit nu of ofwel om omdat ondanks onder ons onze ook op opdat over pas reeds sinds slechts soms steeds te tegen terwijl tijdens toch toen tot tussen u uit uw vaak van veel verder via volgens voor voordat waar waarom wanneer want waren was wat we weer wel welk welke werd werden wie wij wil worden wordt zal ze zeer zelf zelfs zich zij zijn zo zoals zodanig zodat zoiets zonder zou zouden");

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
