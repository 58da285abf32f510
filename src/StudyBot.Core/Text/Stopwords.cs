using StudyBot.Core.Corpus;

namespace StudyBot.Core;

/// <summary>Function words per language, folded, ignored by search ranking, key terms and summaries.</summary>
public static class Stopwords
{
    private static readonly HashSet<string> English = Load(
        "a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each even few for from further had has have having he her here hers herself him himself his how however i if in into is it its itself just last like made make many may me might more most much must my myself new no nor not now of off on once one only or other our ours ourselves out over own said same she should since so some still such than that the their theirs them themselves then there these they this those through thus to too two under until up upon us very was we were what when where which while who whom whose why will with within without would yet you your yours yourself yourselves");

    private static readonly HashSet<string> Dutch = Load(
        "aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wordt worden we wel werden wie wij wil zal ze zelf zich zij zijn zo zonder zou");

    public static bool IsStopword(string foldedWord, Language language) =>
        For(language).Contains(foldedWord);

    public static IReadOnlySet<string> For(Language language) =>
        language == Language.Dutch ? Dutch : English;

    private static HashSet<string> Load(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
