using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quizzes;

/// <summary>The part of speech and inflection of a key term, read from its ending, so a blank is filled only by words that fit it grammatically.</summary>
public enum TermShape
{
    SingularNoun,
    PluralNoun,

    /// <summary>An adjective without an inflection ending ("political", Dutch "proletarisch").</summary>
    Adjective,

    /// <summary>A Dutch adjective with its -e ending ("proletarische"), which only fits before some nouns.</summary>
    InflectedAdjective,
}

/// <summary>
/// Tells a key term's shape and which terms make fair blanks: nouns (a term the text writes after an article
/// or determiner) and adjectives, never verbs, adverbs or function words ("among", "zoals"), which grammar alone fills.
/// </summary>
public static class TermShapes
{
    private static readonly string[] EnglishAdjectiveEndings = ["al", "ic", "ive", "ous", "ary", "ful", "less", "ist"];
    private static readonly string[] DutchAdjectiveEndings = ["isch", "ische", "iek", "ieke", "eel", "ele", "lijk", "lijke", "ig", "ige", "aal", "ale", "ief", "ieve"];

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
            if (DutchAdjectiveEndings.Any(e => term.EndsWith(e, StringComparison.Ordinal)))
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

    /// <summary>The terms that make fair blanks in <paramref name="document"/>: adjectives, and nouns the text writes after a determiner.</summary>
    public static IEnumerable<string> Askable(IEnumerable<string> terms, Document document)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(document);
        var determiners = Determiners.GetValueOrDefault(document.Language) ?? Determiners[Language.English];
        var afterDeterminer = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            var previous = string.Empty;
            foreach (var word in Tokenizer.FoldedWords(sentence.Text))
            {
                if (determiners.Contains(previous))
                {
                    afterDeterminer.Add(word);
                }

                previous = word;
            }
        }

        return terms.Where(t => !LooksLikeVerbOrAdverb(t, document.Language)
            && (Of(t, document.Language) is TermShape.Adjective or TermShape.InflectedAdjective || afterDeterminer.Contains(t)));
    }

    /// <summary>
    /// Whether the blanked term stands where only a noun or adjective can: right after a determiner, or after a
    /// determiner and an adjective ("the ___", "de bolsjewistische ___"). Elsewhere a blank may want a verb or a
    /// preposition ("te wachten staat", "net zoals"), which a noun of the same spelling would seem to fill.
    /// </summary>
    public static bool StandsAsNounOrAdjective(string sentence, AnswerSpan answer, Language language)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(answer);
        var determiners = Determiners.GetValueOrDefault(language) ?? Determiners[Language.English];
        var before = Tokenizer.FoldedWords(sentence[..answer.Start]).TakeLast(2).ToArray();
        return before.Length > 0 && (determiners.Contains(before[^1])
            || (before.Length == 2 && determiners.Contains(before[0]) && Of(before[1], language) is TermShape.Adjective or TermShape.InflectedAdjective));
    }

    /// <summary>English words ending like a past tense, participle or adverb ("became", "working") make blanks that grammar alone fills.</summary>
    private static bool LooksLikeVerbOrAdverb(string term, Language language) =>
        language == Language.English && (term.EndsWith("ed", StringComparison.Ordinal) || term.EndsWith("ing", StringComparison.Ordinal)
            || term.EndsWith("ly", StringComparison.Ordinal) || term is "became" or "become" or "made" or "took" or "began");
}
