using System.Text.RegularExpressions;
using StudyBot.Core.Corpus;
using StudyBot.Core.Search;

namespace StudyBot.Core.Quotes;

/// <summary>
/// Decides whether a run of sentences reads on its own: whole, balanced, not leaning on what came before.
/// </summary>
public static partial class QuoteRules
{
    public const int MinLength = 60;
    public const int MaxLength = 500;

    /// <summary>Words that, opening a sentence, point back to an earlier one ("This", "However", "Hij", "Daarom").</summary>
    private static readonly Dictionary<Language, HashSet<string>> BackReferences = new()
    {
        [Language.English] = Words(
            "this these that those he she it they them his her hers its their theirs him however but also and or so thus therefore hence then still yet moreover furthermore nevertheless nonetheless instead meanwhile such besides likewise similarly consequently accordingly otherwise afterwards both another other here yes no indeed finally later specifically namely firstly secondly thirdly lastly"),
        [Language.Dutch] = Words(
            "dit deze die dat hij zij ze hun haar hem hen maar ook daarom daarna dus toch en of bovendien echter daardoor daarmee daarbij hierdoor hiermee hierbij daar hier zo zulke tegelijk tegelijkertijd vervolgens immers nochtans evenwel tevens eveneens kortom ja nee anderzijds integendeel uiteindelijk want allereerst evenzo eerst neen andere verder"),
    };

    /// <summary>
    /// Conjunctions that, after a whole clause and its comma, join a second clause to it ("There was no laughter, and no
    /// talk."): they link within the sentence, not to the one before.
    /// </summary>
    private static readonly HashSet<string> Conjunctions = Words("and but or so yet");

    /// <summary>Articles and words that, after "that", show it opens a clause ("that the Congress") rather than pointing ("that time").</summary>
    private static readonly HashSet<string> Determiners = Words("the a an its their his her de het een zijn haar hun");

    /// <summary>Words that, in a short opening phrase before a comma, point back ("At that time,", "In the same month,", "Op die manier,").</summary>
    private static readonly HashSet<string> PointingWords = Words("this that these those such same latter former later earlier afterwards meanwhile dit dat deze die zelfde dezelfde hetzelfde later daarna eerder");

    /// <summary>Demonstratives and pronominal adverbs that point back wherever they stand in a quote's first sentence ("a chronicler of those events", "De gevolgen hiervan").</summary>
    private static readonly HashSet<string> Demonstratives = Words("this these those dit deze ervan daarvan hiervan daarop hierop daarmee hiermee daardoor hierdoor daarin hierin hierover daarover dezelfde hetzelfde dergelijk dergelijke zulk zulke");

    /// <summary>
    /// Words that give "also" something in the sentence itself to add to: a clause joined by "and" or "but", "not only",
    /// a relative clause ("Shlyapnikov, who was also chairman of the Metalworkers' Union").
    /// </summary>
    private static readonly HashSet<string> AlsoJoiners = Words("and but only as who which whose en maar alleen zowel als die");

    /// <summary>Demonstratives that may point to a noun written earlier in the same sentence (see <see cref="NamedEarlier"/>).</summary>
    private static readonly HashSet<string> SentenceDemonstratives = Words("this these those dit deze");

    /// <summary>Pronouns that, among the first <see cref="EarlyWords"/> words or as an object anywhere, stand for someone named before.</summary>
    private static readonly HashSet<string> EarlyPronouns = Words("he she they it him them hij zij ze hem hen");

    private static readonly HashSet<string> ObjectPronouns = Words("him them hem hen");

    /// <summary>Words that, early in a sentence, add to or weigh against what came before ("Workers are also claiming", "The committee nevertheless decided").</summary>
    private static readonly HashSet<string> Additions = Words("also too further later nevertheless nonetheless therefore thus however ook eveneens echter dus daarom evenwel");

    /// <summary>Words that weigh a sentence against the one before wherever they stand ("was echter nog niet", "The committee, however, decided").</summary>
    private static readonly HashSet<string> Contrasts = Words("however nevertheless nonetheless echter evenwel nochtans toch daarentegen");

    /// <summary>Words after which a Dutch "het" stands alone, as a pronoun, rather than before a noun ("was het zoals een voertuig").</summary>
    private static readonly HashSet<string> AfterPronounHet = Words("zoals als niet nog ook al wel dan toen immers juist een te om in op met aan voor van door bij naar");

    /// <summary>Possessives that, early in a sentence, stand for someone named before ("In haar brochure", "Their protests").</summary>
    private static readonly HashSet<string> EarlyPossessives = Words("his her their its haar hun");

    /// <summary>Articles and prepositions that open a sentence without naming anyone ("The immediate cause of", "In de loop van").</summary>
    private static readonly HashSet<string> PhraseOpeners = Words("the a an in on at of for by from with to after before during de het een op van voor met naar bij na tijdens");

    /// <summary>How many words an opening phrase before its comma may have to count as one.</summary>
    private const int OpeningPhraseWords = 8;

    /// <summary>A sentence this short ("A historic spot.") is a fragment, or leans on its neighbours for sense.</summary>
    public const int MinSentenceWords = 4;

    /// <summary>An exclamation shorter than this is an outburst that leans on its context.</summary>
    private const int MaxExclamationWords = 8;

    private const int EarlyWords = 4;

    /// <summary>Sentences shorter than this are checked for a verb (see <see cref="HasAVerb"/>).</summary>
    private const int MaxVerblessWords = 10;

    /// <summary>English verbs that carry no ending to tell them by: auxiliaries and common irregular forms.</summary>
    private static readonly HashSet<string> EnglishVerbs = Words(
        "is are was were be been being am has have had do does did will would can could shall should may might must "
        + "saw went came took gave made said rose fell began stood held led met ran won lost left kept sent told thought brought fought "
        + "spoke broke wrote knew grew became struck got put set let cut hit read meant found felt heard paid sat lay seemed");

    /// <summary>
    /// How far into a sentence a pronoun or possessive still stands for something named before when the sentence has
    /// named nobody yet ("The immediate cause of its meeting"); after a name it may stand for that name ("Kollontai
    /// co-signed the letter with her best friend").
    /// </summary>
    private const int UnnamedEarlyWords = 6;

    /// <summary>
    /// Whether the sentence points back to something the reader has not seen: an opening word or phrase that links
    /// to the sentence before ("However", "In response,", "Kortom"), a pronoun early on, a demonstrative anywhere
    /// ("those events"), or a phrase that refers to earlier text ("I already mentioned", "Wij zullen hierop terugkomen").
    /// </summary>
    public static bool PointsBack(string sentence, Language language)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = Tokenizer.Words(sentence).Select(w => (w.Start, Folded: TextFolding.Fold(w.Text), Capital: char.IsUpper(w.Text[0]))).ToArray();
        var folded = Array.ConvertAll(words, w => w.Folded);
        if (words.Length == 0)
        {
            return true;
        }

        var openers = BackReferences.GetValueOrDefault(language) ?? BackReferences[Language.English];
        // "It is worth remarking that ...", "It was decided to ...": that "it" stands for the clause after it, not for anything before.
        var opening = ExtraposedIt().IsMatch(sentence) ? 1 : 0;
        if ((opening == 0 && openers.Contains(words[0].Folded))
            || words.Where((w, i) => Demonstratives.Contains(w.Folded) && !NamedEarlier(folded, i, language)).Any()
            || words.Any(w => ObjectPronouns.Contains(w.Folded) || Contrasts.Contains(w.Folded))
            || AddsToTheSentenceBefore(folded)
            || words.Skip(opening).Take(EarlyWords - opening).Any(w => EarlyPronouns.Contains(w.Folded) || Additions.Contains(w.Folded) || EarlyPossessives.Contains(w.Folded))
            || (PhraseOpeners.Contains(words[0].Folded)
                && words.Take(UnnamedEarlyWords).Skip(1).TakeWhile(w => !w.Capital).Any(w => EarlyPronouns.Contains(w.Folded) || EarlyPossessives.Contains(w.Folded)))
            || BackPointingPhrase().IsMatch(sentence)
            || RefersElsewhere(sentence))
        {
            return true;
        }

        // An opening phrase before a comma may itself point back ("At that time,") or hand over to a pronoun ("Apparently, it was").
        var comma = sentence.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0)
        {
            return false;
        }

        var phrase = words.Where(w => w.Start < comma).Select(w => w.Folded).ToArray();
        var after = words.Where(w => w.Start > comma).Select(w => w.Folded).Take(3).ToArray();

        // A pronoun after a long opening phrase without a verb still stands for what came before: "Once the strongholds
        // of the Mensheviks and the S-Rs, they are becoming Bolshevized". After a clause it may stand for that clause's subject.
        if (phrase.Length > OpeningPhraseWords)
        {
            return language == Language.English && after.Length > 0 && EarlyPronouns.Contains(after[0]) && !HasAVerb(sentence[..comma]);
        }

        return phrase.Where((w, i) => PointingWords.Contains(w) && !IsConjunction(phrase, i)).Any()
            || (after.Length > 0 && EarlyPronouns.Contains(after[0]))
            || (after.Length > 0 && openers.Contains(after[0])
                && !(language == Language.English && Conjunctions.Contains(after[0]) && HasAVerb(sentence[..comma])))
            || (language == Language.Dutch && after.Length > 1 && InvertedPronoun(after));
    }

    /// <summary>
    /// Whether "that" (or Dutch "dat", "die") at <paramref name="index"/> opens a clause rather than pointing: before an
    /// article or a name ("Nobody could doubt that the Congress", "the fact that Lenin"), it says what follows.
    /// </summary>
    private static bool IsConjunction(string[] words, int index) =>
        words[index] is "that" or "dat" or "die" && index + 1 < words.Length && Determiners.Contains(words[index + 1]);

    /// <summary>
    /// Whether "also" or "ook" adds to something no earlier clause of the sentence gave ("Several methods were also
    /// addressed", "zal er ook een verwarrend mengsel"), rather than to a clause before it ("and its Bursa plant also acts",
    /// "niet alleen ..., maar ook").
    /// </summary>
    private static bool AddsToTheSentenceBefore(string[] words)
    {
        var also = Array.FindIndex(words, w => w is "also" or "ook");
        return also >= 0 && !words.Take(also).Any(AlsoJoiners.Contains);
    }

    /// <summary>
    /// Whether "this", "these" or "those" (Dutch "dit", "deze") at <paramref name="index"/> points to a noun the sentence
    /// itself wrote before it: "when almost 8,000 metal workers ... revolted, the leadership turned its back on these workers".
    /// </summary>
    private static bool NamedEarlier(string[] words, int index, Language language)
    {
        if (!SentenceDemonstratives.Contains(words[index]))
        {
            return false;
        }

        var earlier = words.Take(index).Where(w => !Stopwords.IsStopword(w, language)).Select(w => WordStems.Of(w, language)).ToHashSet(StringComparer.Ordinal);
        return words.Skip(index + 1).Take(2).Any(w => !Stopwords.IsStopword(w, language) && earlier.Contains(WordStems.Of(w, language)));
    }

    /// <summary>
    /// Whether a Dutch clause after an opening phrase puts a pronoun after its verb, as Dutch does ("Zoals Lenin
    /// vaststelde in 1922, was het zoals een voertuig", ", zette hij"): the pronoun stands for something named before.
    /// </summary>
    private static bool InvertedPronoun(string[] clause) =>
        EarlyPronouns.Contains(clause[1]) || (clause[1] == "het" && (clause.Length == 2 || AfterPronounHet.Contains(clause[2])));

    /// <summary>
    /// Whether the text sends the reader to another part of the document ("As we saw above", "Wij zullen hierop
    /// terugkomen") or to where the text can be found ("The complete text is available online at ..."): an editor's note.
    /// </summary>
    public static bool RefersElsewhere(string text) => ReferenceElsewhere().IsMatch(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>
    /// Whether the text carries marks of editing that make no sense out of place: a bracketed interjection ("[sic]",
    /// "[...]"), an ellipsis where words were cut, a note number in brackets glued to a word ("schat”(1)") or an asterisk ("took place.*"),
    /// or a capitalised article after a comma where a sentence's end was lost ("belaagd, In die burgeroorlog").
    /// Note references in square brackets are removed before this is asked (<see cref="Text.FootnoteMarkers"/>).
    /// </summary>
    public static bool HasEditorialMarks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('[', StringComparison.Ordinal)
            || text.Contains('…', StringComparison.Ordinal)
            || text.Contains("...", StringComparison.Ordinal)
            || text.Contains(". .", StringComparison.Ordinal)
            || GluedNoteNumber().IsMatch(text)
            || GluedAsterisk().IsMatch(text)
            || LostSentenceEnd().IsMatch(text);
    }

    /// <summary>
    /// Whether the sentence is a line of dialogue: it opens with a quotation mark or a reply ("Yes,"), or names its
    /// speaker ("he asked"); or a note to the reader ("Note: ...").
    /// </summary>
    public static bool IsDialogue(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var trimmed = sentence.AsSpan().TrimStart();
        return NoteLabel().IsMatch(sentence) || trimmed is ['‘' or '“' or '"' or '\'' or '«' or '„' or '—' or '–', ..] || SpeakerTag().IsMatch(sentence);
    }

    /// <summary>
    /// Whether the sentence is too short to carry a thought of its own, is a short exclamation ("Bolshevism, not
    /// trade unionism!", "A fine time to say it!") that answers what came before, or is a short English phrase
    /// without a verb ("A regular Galliffet or Cavaignac, to all appearances.") that comments on the sentence before.
    /// </summary>
    public static bool IsFragment(string sentence, Language language)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = Tokenizer.CountWords(sentence);
        return words < MinSentenceWords
            || (words < MaxExclamationWords && sentence.AsSpan().TrimEnd().TrimEnd("\"”’')").EndsWith("!"))
            || (language == Language.English && words < MaxVerblessWords && !HasAVerb(sentence));
    }

    /// <summary>
    /// Whether a short English sentence shows a verb: an auxiliary or common irregular verb, a word ending in "-ed", or
    /// a content word right after what can be a subject (a pronoun, a name, a plural: "the officers rise", "It forms").
    /// Without a tagger this misses some verbs, so it is asked only of short sentences, where a miss costs one quote.
    /// </summary>
    private static bool HasAVerb(string sentence)
    {
        var words = Tokenizer.Words(sentence).Select(w => w.Text).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            var folded = TextFolding.Fold(words[i]);
            if (EnglishVerbs.Contains(folded) || folded.EndsWith("ed", StringComparison.Ordinal) || folded.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }

            if (i > 0 && char.IsLower(words[i][0]) && !Stopwords.IsStopword(folded, Language.English)
                && ((char.IsUpper(words[i - 1][0]) && !Stopwords.IsStopword(TextFolding.Fold(words[i - 1]), Language.English))
                    || EarlyPronouns.Contains(TextFolding.Fold(words[i - 1])) || words[i - 1] is "I" or "we" or "you"
                    || words[i - 1].EndsWith('s')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one sentence may be served alone, as a summary line: whole, balanced, not dialogue, not edited, not pointing back.</summary>
    public static bool StandsAlone(string sentence, Language language) =>
        StartsLikeASentence(sentence)
        && EndsLikeASentence(sentence)
        && IsBalanced(sentence)
        && !IsFragment(sentence, language)
        && !IsDialogue(sentence)
        && !HasEditorialMarks(sentence)
        && !PointsBack(sentence, language);

    /// <summary>
    /// Whether the text starts like a sentence: its first letter or digit is a capital or a digit, and it
    /// does not open with a bracket (a citation such as "(Trotsky, History, p. 13).").
    /// </summary>
    public static bool StartsLikeASentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().TrimStart() is ['(' or '[', ..])
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c) || char.IsDigit(c);
            }
        }

        return false;
    }

    /// <summary>Whether the text ends a sentence: . ! ? or …, possibly inside closing quotes or brackets.</summary>
    public static bool EndsLikeASentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.AsSpan().TrimEnd().TrimEnd("\"”’')]");
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…';
    }

    /// <summary>
    /// Whether brackets and quotation marks are closed. A ’ or ' after a letter closes an open quote, and is
    /// an apostrophe ("workers’ union") when none is open.
    /// </summary>
    public static bool IsBalanced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int round = 0, square = 0, curlyDouble = 0, curlySingle = 0, straightSingle = 0;
        var straightDouble = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '(': round++; break;
                case ')' when --round < 0: return false;
                case '[': square++; break;
                case ']' when --square < 0: return false;
                case '“': curlyDouble++; break;
                case '”' when --curlyDouble < 0: return false;
                case '"': straightDouble++; break;
                case '‘': curlySingle++; break;
                case '’' when curlySingle > 0 && !char.IsLetter(after): curlySingle--; break;
                case '\'' when !char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after): straightSingle++; break;
                case '\'' when straightSingle > 0 && !char.IsLetterOrDigit(after): straightSingle--; break;
            }
        }

        return round == 0 && square == 0 && curlyDouble == 0 && curlySingle == 0 && straightSingle == 0 && straightDouble % 2 == 0;
    }

    /// <summary>
    /// Whether sentences, taken together from the start of a run, make a quote that stands alone. Each sentence of the
    /// run must not be a fragment or a line of dialogue (<see cref="QuoteCatalog"/> checks those as it adds them).
    /// </summary>
    public static bool ReadsAlone(string text, string firstSentence, Language language) =>
        text.Length is >= MinLength and <= MaxLength
        && StartsLikeASentence(text)
        && EndsLikeASentence(text)
        && IsBalanced(text)
        && !HasEditorialMarks(text)
        && !RefersElsewhere(text)
        && !IsDialogue(firstSentence)
        && !PointsBack(firstSentence, language);

    // Phrases that refer to other parts of the text or to a time or thing named before, in English and Dutch.
    [GeneratedRegex(
        @"\b(?:the (?:same|latter|former|other|above|following)\b|(?:that|the same) (?:time|year|month|day|moment|period|point|case|way)|all that|in response(?! to)|as a result(?! of)|^in addition(?=,)|\b(?:it(?: \w+(?:ed|en))?|that|this|dat|dit)(?=[.!?""”’]*$)|(?:having|have|has|had|get|gets|got|getting|keep|kept|see|saw) it \w+(?:ed|en)|^an? more\b(?!.*\bthan\b)|in one case|in short|in other words|on the other hand|for (?:example|instance)|to the (?:south|north|east|west)|op \w+ vlak|in het bijzonder|in particular|als resultaat|met andere woorden|in dat geval|die tijd|datzelfde|(?:op|in|na|tot|vanaf|sinds) dat (?:moment|ogenblik|jaar)|op die manier|die (?:vraag|periode)|^het (?:nam|heeft|had|werd|wordt|kan|kon|zal|zou|moet|moest|bleef|blijft|gaf|geeft|leidde|betekent|betekende)|^het (?:was|is) (?:een|geen|de)\b(?!.*\b(?:dat|om|te)\b)|^het (?:was|is) (?:een|de) (?:moment|tijd|periode|jaar|dag|gebeurtenis|keerpunt|voorspel|begin|teken|stap)\b|^het (?!ge)\w{4,}(?:de|te)\b(?<!(?:ste|ede|rde))|^the (?:first|second|third|last) (?:could|was|were|is|are|had|has|would|will)|^(?-i:The (?:second|third|fourth|next) \p{Ll}+\b)|^the \w+ (?:was|were|is|are|remained)\b"
        + @"|^(?:behind|beyond|inside|outside|beneath|beside|opposite|across) the|^one (?:\w+ )?more|since then|as well(?! as)|\w+ed here|adjoining|aforementioned|above-mentioned|abovementioned"
        + @"|(?:of|for|on|at|to|by|from|with|after|during|about|since) that (?!(?:is|was|are|were|the|a|an|it|they|he|she|we|i|you|there|this)\b)\p{Ll}+"
        + @"|on the contrary|^in fact\b|\beven later\b|\bfrom then on\b|\bthe \d+ (?:were|are|who|had|have)\b|the (?:action|actions|event|events|incident|affair|episode|resolution|decision|proposal|conflict|attack|assault|move|measure|plan|order|issue|matter|victory|defeat|rising|risings|uprising|meeting|protest|group(?:'s|’s)?)\b(?! (?:of|to|that|which|who|by|taken|against|for|on|in|at|adopted|passed)\b)|\b(?:on|about) the (?:issue|matter|question)\b(?! of\b)"
        + @"|^het (?:vormde|vormt|bleek|blijkt|ging|gaat|maakte|maakt|toonde|toont|kwam|komt|bracht|brengt|stond|staat|begon|begint|eindigde|beweert|beweerde|zegt|zei|wil|wilde|speelde|speelt|werkte|werkt))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackPointingPhrase();

    // An opening "It" that stands for a clause to come: "It is worth remarking that", "It was decided to", "It is perhaps
    // ironic that", "It is of course no accident that"; not "It is a sign that", whose "it" is something said before.
    [GeneratedRegex(
        @"^It (?:is|was|seems|seemed|would be|will be|has been|had been)(?: (?:not|also|perhaps|probably|certainly|clearly|surely|hardly|now|therefore|still|indeed|of course))* (?:no (?:accident|coincidence|secret|wonder)|worth \w+ing|\w+ed|\w+(?:ble|ic|ical|ous|ful|ent|ant|ary|ive|al|ear|ue|ult|ard|asy|ough|ime)) (?:that|to|for|whether)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ExtraposedIt();

    // Phrases that send the reader to another part of the text, or to another place the text is found, wherever they stand in a quote.
    [GeneratedRegex(
        @"\((?:see|zie|cf)\b|\b(?:already (?:mentioned|said|seen|noted|discussed)|as (?:mentioned|noted|stated|said|discussed|we (?:have )?(?:seen|saw|said|noted))|(?:mentioned|discussed|noted|cited|quoted|described|listed) (?:above|earlier|before)|see (?:above|below)|(?:we|I) (?:will|shall) (?:return|come back)|zoals (?:gezegd|vermeld|eerder gezegd|(?:wij|we) (?:\w+ )?zagen)|hierboven|hieronder|verderop|(?:zullen|komen) (?:wij|we) (?:hier|daar)?op terug|(?:zullen|komen) (?:wij|we) (?:later |nog )?terug op|verder in de tekst|terugkomen|available (?:online|on the web|on the internet|at (?:www|https?)\b)|(?:online|elders) beschikbaar|beschikbaar (?:online|op (?:internet|het web|onze website)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceElsewhere();

    // An article, preposition or pronoun capitalised after a comma, where extraction from a PDF lost a sentence's end:
    // "werden in de burgeroorlog van verschillende kanten belaagd, In die burgeroorlog".
    [GeneratedRegex(@", (?:In|De|Het|Een|Op|Van|Voor|Met|Er|Wij|Zij|Hij|Maar|En|The|A|An|On|At|For|By|But|And|We|They|He|She) \p{Ll}", RegexOptions.CultureInvariant)]
    private static partial Regex LostSentenceEnd();

    // A note mark glued to a word or to the end of a sentence: "took place.*", "workers*".
    [GeneratedRegex(@"[\p{L}\p{N}.,;:!?”’"")]\*", RegexOptions.CultureInvariant)]
    private static partial Regex GluedAsterisk();

    // A note number in round brackets right after a word or closing quote: "schat”(1)", "workers(12)".
    [GeneratedRegex(@"[\p{L}”’"")]\(\d{1,3}\)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedNoteNumber();

    [GeneratedRegex(@"[,!?]['’”""]? (?:he|she|they|I|we|hij|zij|ze|ik|wij) (?:asked|said|replied|shouted|cried|vroeg|zei|riep|antwoordde)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerTag();

    [GeneratedRegex(@"^\s*(?:note|nb|n\.b\.|noot|opmerking|editor's note)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteLabel();

    private static HashSet<string> Words(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
