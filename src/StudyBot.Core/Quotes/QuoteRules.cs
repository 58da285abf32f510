using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quotes;

/// <summary>
/// Decides whether a run of sentences reads on its own: whole, balanced, not leaning on what came before.
/// </summary>
public static class QuoteRules
{
    public const int MinLength = 60;
    public const int MaxLength = 500;

    /// <summary>Words that, opening a sentence, point back to an earlier one ("This", "However", "Hij", "Daarom").</summary>
    private static readonly Dictionary<Language, HashSet<string>> BackReferences = new()
    {
        [Language.English] = Words(
            "this these that those he she it they them his her hers its their theirs him however but also and or so thus therefore hence then still yet moreover furthermore nevertheless nonetheless instead meanwhile such besides likewise similarly consequently accordingly otherwise afterwards both another here"),
        [Language.Dutch] = Words(
            "dit deze die dat hij zij ze hun haar hem maar ook daarom daarna dus toch en of bovendien echter daardoor daarmee daarbij hierdoor hiermee hierbij daar hier zo zulke tegelijk vervolgens immers nochtans evenwel tevens eveneens"),
    };

    /// <summary>Words that, in a short opening phrase before a comma, point back ("At that time,", "In the same month,", "Op die manier,").</summary>
    private static readonly HashSet<string> PointingWords = Words("this that these those such same latter former dit dat deze die zelfde dezelfde hetzelfde");

    /// <summary>Demonstratives that point back wherever they stand among the first <see cref="EarlyWords"/> words ("Pushing away from these positions").</summary>
    private static readonly HashSet<string> Demonstratives = Words("this these those dit deze");

    /// <summary>How many words an opening phrase before its comma may have to count as one.</summary>
    private const int OpeningPhraseWords = 5;

    private const int EarlyWords = 4;

    /// <summary>Whether the sentence opens by pointing back to something the reader has not seen.</summary>
    public static bool PointsBack(string sentence, Language language)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = Tokenizer.Words(sentence).Take(OpeningPhraseWords + 2).ToArray();
        if (words.Length == 0)
        {
            return true;
        }

        var openers = BackReferences.GetValueOrDefault(language) ?? BackReferences[Language.English];
        if (openers.Contains(TextFolding.Fold(words[0].Text))
            || words.Take(EarlyWords).Any(w => Demonstratives.Contains(TextFolding.Fold(w.Text))))
        {
            return true;
        }

        // An opening phrase before a comma may itself point back ("At that time,") or hand over to a pronoun ("Apparently, it was").
        var comma = sentence.IndexOf(',', StringComparison.Ordinal);
        var opening = words.Where(w => w.Start < comma).ToArray();
        if (comma <= 0 || opening.Length > OpeningPhraseWords)
        {
            return false;
        }

        var next = words.FirstOrDefault(w => w.Start > comma);
        return opening.Any(w => PointingWords.Contains(TextFolding.Fold(w.Text)))
            || (next.Text is not null && openers.Contains(TextFolding.Fold(next.Text)));
    }

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

    /// <summary>Whether sentences, taken together from the start of a run, make a quote that stands alone.</summary>
    public static bool ReadsAlone(string text, string firstSentence, Language language) =>
        text.Length is >= MinLength and <= MaxLength
        && StartsLikeASentence(text)
        && EndsLikeASentence(text)
        && IsBalanced(text)
        && !PointsBack(firstSentence, language);

    private static HashSet<string> Words(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
