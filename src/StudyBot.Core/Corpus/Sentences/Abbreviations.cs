using System.Collections.Frozen;

namespace StudyBot.Core.Corpus.Sentences;

/// <summary>How a period after a known abbreviation bears on the sentence boundary.</summary>
internal enum AbbreviationKind
{
    /// <summary>Not an abbreviation: the period ends the sentence unless a lowercase word follows.</summary>
    None,

    /// <summary>Always followed by more of its sentence: titles ("Mr."), "e.g.", "nr.".</summary>
    NeverEnds,

    /// <summary>
    /// May end a sentence ("etc.", "Co.", "U.S.", an initial): it does only when a word that
    /// typically opens a sentence follows, because a capital alone is as likely a name.
    /// </summary>
    MayEnd,

    /// <summary>An abbreviation only before a number ("No. 5"); otherwise an ordinary word ("said no.").</summary>
    BeforeNumber,
}

/// <summary>
/// The language-specific knowledge of the segmenter: which tokens before a period are
/// abbreviations, and which words open a sentence after one.
/// </summary>
internal sealed class Abbreviations
{
    public static readonly Abbreviations English = new(
        neverEnds: "mr mrs ms messrs mme mlle dr prof rev fr hon gen col lt capt cmdr adm maj sgt cpl "
            + "sen rep gov pres supt e.g i.e cf vs viz n° nº nos pp",
        mayEnd: "etc co corp inc ltd llc plc jr sr bros esq st mt ft ave blvd rd dept univ assn est "
            + "approx ca al ibid op cit feb apr aug sept oct nov dec",
        beforeNumber: "no fig art vol ch sec pt para",
        // "Will" and "May" are left out: after an initial they are more often names.
        sentenceStarters: "A An The This That These Those It Its He She We They I You His Her Our Their My "
            + "Your There Here In On At By For From With After Before During When While Where Why What "
            + "Who Whom Whose How Which If But And Or So Yet As Then Thus However Although Though Since "
            + "Because Once Some Many Most All Both Each Every No Not Nor One Two Such Other Another Did Do "
            + "Does Is Are Was Were Has Have Had Can Could Would Should Let Meanwhile Today Yesterday Later "
            + "Soon Now Still Even Only Also Instead Moreover Furthermore Therefore Nevertheless Despite "
            + "Under Over Among Between Against Without To Of Finally First Next Last",
        clippedArticleStarts: false);

    public static readonly Abbreviations Dutch = new(
        neverEnds: "dhr mevr mw mej mr dr drs ir ing prof ds bijv bv d.w.z o.a m.b.t t.a.v t.o.v i.p.v "
            + "n.a.v m.a.w o.b.v a.u.b z.g zgn nr blz pag pp hfst vgl cf resp ca jhr vs",
        mayEnd: "enz etc e.a e.d e.v jl vnw aanw bnw znw ww lidw st sr jr incl excl evt max min afd alg "
            + "ibid",
        beforeNumber: "art afb no",
        // "Van" and "Ter" are left out: they open surnames after an initial ("J. Van Dam").
        sentenceStarters: "De Het Een Dit Dat Deze Die Dan Daar Daarom Daarna Daarmee Er Hij Zij Ze Wij We "
            + "Ik Jij Je U Men Hun Zijn Haar Ons Onze Mijn Uw In Op Aan Bij Met Na Voor Tijdens Door Over "
            + "Uit Naar Om Tot Toen Als Wanneer Terwijl Nadat Omdat Hoewel Maar En Of Want Dus Ook Nu Zo "
            + "Echter Toch Wat Wie Waar Waarom Hoe Welke Niet Geen Alle Veel Sommige Elke Iedereen Is Was "
            + "Waren Zal Kan Heeft Hebben Werd Worden Vandaag Gisteren Later Eerst Ten Sinds",
        clippedArticleStarts: true);

    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> kinds;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> starters;

    private Abbreviations(string neverEnds, string mayEnd, string beforeNumber, string sentenceStarters, bool clippedArticleStarts)
    {
        var kindsByToken = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        Add(kindsByToken, neverEnds, AbbreviationKind.NeverEnds);
        Add(kindsByToken, mayEnd, AbbreviationKind.MayEnd);
        Add(kindsByToken, beforeNumber, AbbreviationKind.BeforeNumber);
        kinds = kindsByToken.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        starters = sentenceStarters.Split(' ').ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        ClippedArticleStarts = clippedArticleStarts;
    }

    /// <summary>
    /// Whether a sentence may open with a clipped lowercase article, as Dutch ones do
    /// with "'s" (des) and "'t" (het): "'s Avonds ..." starts a sentence.
    /// </summary>
    public bool ClippedArticleStarts { get; }

    public static Abbreviations For(Language language) => language == Language.Dutch ? Dutch : English;

    /// <summary>Classifies the token before a period (without that period, e.g. "U.S" or "etc").</summary>
    public AbbreviationKind Classify(ReadOnlySpan<char> token)
    {
        if (token.Length == 1)
        {
            // An initial, or a letter naming something ("plan b."); both may end a sentence.
            return char.IsLetter(token[0]) ? AbbreviationKind.MayEnd : AbbreviationKind.None;
        }

        if (kinds.TryGetValue(token, out var kind))
        {
            return kind;
        }

        return IsDottedInitialism(token) ? AbbreviationKind.MayEnd : AbbreviationKind.None;
    }

    /// <summary>Whether <paramref name="word"/>, as written, commonly opens a sentence.</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => starters.Contains(word);

    // "U.S", "a.m", "V.I", "Ph.D": short letter groups joined by periods. Longer groups
    // ("M.Ismailov", "example.com") are names and addresses, which end sentences like words.
    private static bool IsDottedInitialism(ReadOnlySpan<char> token)
    {
        var groupLength = 0;
        var groups = 1;
        foreach (var c in token)
        {
            if (c == '.')
            {
                if (groupLength == 0)
                {
                    return false;
                }

                groupLength = 0;
                groups++;
            }
            else if (!char.IsLetter(c) || ++groupLength > 2)
            {
                return false;
            }
        }

        return groups > 1 && groupLength > 0;
    }

    private static void Add(Dictionary<string, AbbreviationKind> kindsByToken, string tokens, AbbreviationKind kind)
    {
        foreach (var token in tokens.Split(' '))
        {
            kindsByToken.Add(token, kind);
        }
    }
}
