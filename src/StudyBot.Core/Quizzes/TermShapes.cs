using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quizzes;

/// <summary>The part of speech and inflection of a key term, read from its ending, so a blank is filled only by words that fit it grammatically.</summary>
public enum TermShape
{
    SingularNoun,
    PluralNoun,

    /// <summary>An adjective without an inflection ending ("political", Dutch "proletarisch").</summary>
    Adjective,

    /// <summary>A Dutch adjective with its -e ending ("proletarische", "heersende"), which only fits before some nouns.</summary>
    InflectedAdjective,
}

/// <summary>
/// Tells a key term's shape and which terms make fair blanks: nouns (a term the text writes after an article
/// or determiner) and adjectives, never verbs, adverbs or function words ("among", "zoals"), which grammar alone fills.
/// </summary>
public static class TermShapes
{
    private static readonly string[] EnglishAdjectiveEndings = ["al", "ic", "ive", "ous", "ary", "ful", "less", "ist"];
    private static readonly string[] DutchAdjectiveEndings = ["isch", "ische", "iek", "ieke", "eel", "ele", "lijk", "lijke", "ig", "ige", "aal", "ale", "ief", "ieve", "air", "aire"];

    /// <summary>
    /// Below this length a Dutch word ending in "-ende" is as often a noun ("ellende", "legende"); from it on, a present
    /// participle used as an adjective ("heersende", "volgende", "leidende").
    /// </summary>
    private const int MinDutchParticipleLength = 8;

    private static readonly Dictionary<Language, HashSet<string>> Determiners = new()
    {
        [Language.English] = new(["the", "a", "an", "this", "these", "those", "their", "its", "his", "her", "our", "every", "each"], StringComparer.Ordinal),
        // Not "die", "zijn", "haar": they are as often a pronoun or a verb.
        [Language.Dutch] = new(["de", "het", "een", "deze", "dit", "hun", "onze", "elke", "ieder"], StringComparer.Ordinal),
    };

    public static TermShape Of(string term, Language language)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (language == Language.Dutch)
        {
            if (DutchAdjectiveEndings.Any(e => term.EndsWith(e, StringComparison.Ordinal))
                || (term.Length >= MinDutchParticipleLength && term.EndsWith("ende", StringComparison.Ordinal)))
            {
                return term.EndsWith('e') ? TermShape.InflectedAdjective : TermShape.Adjective;
            }

            return term.EndsWith("en", StringComparison.Ordinal) || (term.EndsWith('s') && !term.EndsWith("ss", StringComparison.Ordinal))
                ? TermShape.PluralNoun
                : TermShape.SingularNoun;
        }

        if (EnglishAdjectiveEndings.Any(e => term.EndsWith(e, StringComparison.Ordinal)))
        {
            return TermShape.Adjective;
        }

        return term.EndsWith('s') && !term.EndsWith("ss", StringComparison.Ordinal) && !term.EndsWith("us", StringComparison.Ordinal) && !term.EndsWith("is", StringComparison.Ordinal)
            ? TermShape.PluralNoun
            : TermShape.SingularNoun;
    }

    /// <summary>
    /// Every "determiner word" pair the document writes with the word ending its phrase ("the revolution.", "het
    /// kapitalisme en"), folded. A word that only ever qualifies the next one ("the great mass", "the trade unions")
    /// is no noun to blank.
    /// </summary>
    public static HashSet<string> Determined(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var determiners = DeterminersOf(document.Language);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            var words = Tokenizer.FoldedWords(sentence.Text).ToArray();
            for (var i = 1; i < words.Length; i++)
            {
                if (determiners.Contains(words[i - 1]) && (i + 1 == words.Length || Stopwords.IsStopword(words[i + 1], document.Language)))
                {
                    pairs.Add(words[i - 1] + " " + words[i]);
                }
            }
        }

        return pairs;
    }

    /// <summary>The terms that make fair blanks: adjectives, and nouns the text writes after a determiner (<paramref name="determined"/>).</summary>
    public static IEnumerable<string> Askable(IEnumerable<string> terms, Language language, IReadOnlySet<string> determined)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(determined);
        var determiners = DeterminersOf(language);
        return terms.Where(t => !LooksLikeVerbOrAdverb(t, language)
            && (Of(t, language) is TermShape.Adjective or TermShape.InflectedAdjective || determiners.Any(d => determined.Contains(d + " " + t))));
    }

    /// <summary>
    /// The determiner the blanked term stands after, directly or with an adjective between ("the ___",
    /// "de bolsjewistische ___"); null when there is none, as then the blank may want a verb or a preposition
    /// ("te wachten staat", "net zoals") that a noun of the same spelling would seem to fill. A wrong choice must
    /// go with the same determiner: "a" or "an", Dutch "de" or "het".
    /// </summary>
    public static string? DeterminerBefore(string sentence, AnswerSpan answer, Language language)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(answer);
        var determiners = DeterminersOf(language);
        var before = Tokenizer.FoldedWords(sentence[..answer.Start]).TakeLast(2).ToArray();
        if (before.Length > 0 && determiners.Contains(before[^1]))
        {
            return before[^1];
        }

        return before.Length == 2 && determiners.Contains(before[0]) && Of(before[1], language) is TermShape.Adjective or TermShape.InflectedAdjective
            ? before[0]
            : null;
    }

    private static HashSet<string> DeterminersOf(Language language) => Determiners.GetValueOrDefault(language) ?? Determiners[Language.English];

    /// <summary>English words ending like a past tense, participle or adverb ("became", "working") make blanks that grammar alone fills.</summary>
    private static bool LooksLikeVerbOrAdverb(string term, Language language) =>
        language == Language.English && (term.EndsWith("ed", StringComparison.Ordinal) || term.EndsWith("ing", StringComparison.Ordinal)
            || term.EndsWith("ly", StringComparison.Ordinal) || term is "became" or "become" or "made" or "took" or "began");
}
