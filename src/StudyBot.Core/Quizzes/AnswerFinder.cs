using System.Globalization;
using System.Text.RegularExpressions;
using StudyBot.Core.Corpus;
using StudyBot.Core.Search;

namespace StudyBot.Core.Quizzes;

/// <summary>Finds what in a sentence could be asked for: years, numbers, names of people and places, key terms.</summary>
/// <remarks>
/// A capitalised word counts as part of a name only if the corpus never writes it in lower case: that keeps
/// "Communist Party" and "Trade Union" out of the people without a list of names. A run of such words names a
/// person only when its last word also stands alone somewhere, as people are named by surname, and none of its
/// words is a place ("East Kazakhstan"); a single word names a place when the corpus puts it after "in" more than once.
/// </remarks>
internal sealed partial class AnswerFinder
{
    /// <summary>Numbers below this are mostly days of the month and counts of a few, which make poor questions.</summary>
    private const int MinNumber = 32;

    private static readonly HashSet<string> Months = Words(
        "january february march april may june july august september october november december januari februari maart mei juni juli augustus oktober");

    /// <summary>Words that make a capitalised run an organisation, building or place rather than a person ("Navy Club", "Winter Palace").</summary>
    private static readonly HashSet<string> InstitutionWords = Words(
        "club palace party union guard guards congress committee council movement group army navy fleet front league federation confederation " +
        "republic soviet international institute assembly government conference commission ministry revolution war university press books " +
        "publishers company corporation factory plant works bank street square bridge station district city province region oblast state church " +
        "school vereniging uitgeverij partij bond raad fabriek stad straat empire east west north south central oost noord zuid");

    /// <summary>Words before a run that make it a title or a thing rather than a person's name ("the Menshevik Abramovich", "the Grey Wolves").</summary>
    private static readonly HashSet<string> Articles = Words("the a an de het een");

    /// <summary>Roles and verbs of speech next to a name that make it a person's.</summary>
    private static readonly HashSet<string> Roles = Words(
        "chairman chairwoman co-chairman deputy leader minister president secretary comrade general colonel historian journalist writer " +
        "said wrote argued noted recalled voorzitter leider kameraad secretaris schrijver zei schreef");

    /// <summary>Endings of adjectives of peoples and creeds ("Latin American", "Czarist", "Kemalist"), which are never a surname here.</summary>
    private static readonly string[] AdjectiveEndings = ["ican", "ian", "ean", "ish", "ese", "ist", "ic"];

    private readonly NameEvidence names;
    private readonly CorpusSearchIndex index;

    /// <param name="names">What the corpus tells about capitalised words.</param>
    /// <param name="index">Tells stopwords.</param>
    public AnswerFinder(NameEvidence names, CorpusSearchIndex index)
    {
        this.names = names;
        this.index = index;
    }

    /// <summary>The number a year or number answer stands for, ignoring thousands separators ("1,500", "5.000").</summary>
    public static double NumericValue(string number) =>
        double.TryParse(number.Replace(",", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : 0;

    /// <summary>The possible answers in the sentence, in reading order; <paramref name="terms"/> are the document's key terms.</summary>
    public List<AnswerSpan> Find(Document document, string sentence, IReadOnlyCollection<string> terms)
    {
        var answers = new List<AnswerSpan>();
        foreach (Match year in YearPattern().Matches(sentence))
        {
            answers.Add(new AnswerSpan(AnswerKind.Year, year.Index, year.Length, year.Value));
        }

        foreach (Match number in NumberPattern().Matches(sentence))
        {
            if (!YearPattern().IsMatch(number.Value) && NumericValue(number.Value) >= MinNumber)
            {
                answers.Add(new AnswerSpan(AnswerKind.Number, number.Index, number.Length, number.Value, Unit(sentence, number.Index + number.Length, document.Language)));
            }
        }

        var words = Tokenizer.Words(sentence).ToArray();
        AddNames(answers, document.Language, sentence, words);
        AddInitialledNames(answers, sentence);
        answers.AddRange(words.Where(w => terms.Contains(w.Text)).Select(w => new AnswerSpan(AnswerKind.Term, w.Start, w.Length, w.Text)));
        answers.Sort((a, b) => a.Start.CompareTo(b.Start));
        return answers;
    }

    private void AddNames(List<AnswerSpan> answers, Language language, string sentence, WordToken[] words)
    {
        var prepositions = NameEvidence.Prepositions(language);
        for (var i = 0; i < words.Length;)
        {
            // A run of proper words separated by single spaces.
            var end = i;
            while (end < words.Length && IsProperWord(words[end].Text, language)
                && (end == i || sentence.AsSpan(words[end - 1].Start + words[end - 1].Length, words[end].Start - words[end - 1].Start - words[end - 1].Length) is " "))
            {
                end++;
            }

            if (end - i is 2 or 3 && IsPersonRun(words, i, end) && (names.StandsAlone(TextFolding.Fold(words[end - 1].Text)) || HasRoleBeside(words, i, end)))
            {
                var start = words[i].Start;
                var length = words[end - 1].Start + words[end - 1].Length - start;
                answers.Add(new AnswerSpan(AnswerKind.Person, start, length, sentence.Substring(start, length)));
            }
            else if (end - i == 1 && i > 0 && prepositions.Contains(TextFolding.Fold(words[i - 1].Text)) && IsPlace(TextFolding.Fold(words[i].Text)))
            {
                answers.Add(new AnswerSpan(AnswerKind.Place, words[i].Start, words[i].Length, words[i].Text));
            }

            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>
    /// People named by their initials, as translations from Russian write them ("M.Ismailov", "D.G.Danilevsky",
    /// "Yu.Vinkov", "S.M. Kirov"); not "U.S. Steel", whose last word the corpus writes in lower case.
    /// </summary>
    private void AddInitialledNames(List<AnswerSpan> answers, string sentence)
    {
        foreach (Match name in InitialledName().Matches(sentence))
        {
            var surname = TextFolding.Fold(name.Groups["surname"].Value);
            if (!names.IsOrdinaryWord(surname) && !InstitutionWords.Contains(surname)
                && !answers.Exists(a => a.Start < name.Index + name.Length && name.Index < a.Start + a.Length))
            {
                answers.Add(new AnswerSpan(AnswerKind.Person, name.Index, name.Length, name.Value));
            }
        }
    }

    /// <summary>Whether a person's name is written with initials ("M.Ismailov"), a shape wrong choices must share.</summary>
    public static bool IsInitialled(string name) => name.Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// Whether proper words <paramref name="start"/> to <paramref name="end"/> name a person: the run is not part
    /// of a longer capitalised name ("Turkish Armed Forces Pension Fund"), has no institution word and no
    /// hyphenated word ("Birlesik Metal-İs"). The first word of a sentence is capitalised anyway, so it may precede the run.
    /// </summary>
    private bool IsPersonRun(WordToken[] words, int start, int end) =>
        (start <= 1 || !char.IsUpper(words[start - 1].Text[0]))
        && (start == 0 || !Articles.Contains(TextFolding.Fold(words[start - 1].Text)))
        && (end == words.Length || !char.IsUpper(words[end].Text[0]))
        && !words[start..end].Any(w => InstitutionWords.Contains(TextFolding.Fold(w.Text)) || w.Text.Any(Tokenizer.IsJoiner) || names.IsPlace(TextFolding.Fold(w.Text)))
        && !AdjectiveEndings.Any(e => words[end - 1].Text.EndsWith(e, StringComparison.Ordinal));

    /// <summary>A place, and not a Dutch possessive that follows "in" as often ("in Lenins dagen").</summary>
    private bool IsPlace(string folded) =>
        names.IsPlace(folded) && !(folded.EndsWith('s') && names.StandsAlone(folded[..^1]));

    /// <summary>Whether a role names the run as a person: "deputy Peter Krepak", "Siyazbek Mukashev, chairman of TUFK".</summary>
    private static bool HasRoleBeside(WordToken[] words, int start, int end) =>
        (start > 0 && Roles.Contains(TextFolding.Fold(words[start - 1].Text)))
        || (end < words.Length && Roles.Contains(TextFolding.Fold(words[end].Text)));

    /// <summary>What a number counts: "%" or the word after it ("1,500 workers"), so wrong choices count the same.</summary>
    private string? Unit(string sentence, int end, Language language)
    {
        if (end < sentence.Length && sentence[end] == '%')
        {
            return "%";
        }

        var position = end;
        return end < sentence.Length && sentence[end] == ' ' && Tokenizer.TryReadWord(sentence, ref position, out var start, out var length) && char.IsLower(sentence[start])
            && TextFolding.Fold(sentence.Substring(start, length)) is var unit && !index.IsStopword(unit, language)
            ? unit
            : null;
    }

    /// <summary>
    /// A capitalised word (not an acronym such as "RDK" or "IInd", not a possessive) that the corpus never
    /// writes in lower case.
    /// </summary>
    private bool IsProperWord(string word, Language language)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1]) || word.Contains('\'', StringComparison.Ordinal) || word.Contains('’', StringComparison.Ordinal))
        {
            return false;
        }

        var folded = TextFolding.Fold(word);
        return !names.IsOrdinaryWord(folded) && !Months.Contains(folded) && !index.IsStopword(folded, language);
    }

    private static HashSet<string> Words(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    // A year is not part of a larger number, a percentage, a decade ("1920s", "1990’s", "de jaren 1970 en 1980") or a range ("1995-1996"), whose other end gives it away.
    [GeneratedRegex(@"(?<![\d.,]|\d[-–]|[Jj]aren (?:\d{4} (?:en|tot) )?)(1[5-9]\d{2}|20\d{2})(?![\d%\p{L}]|[.,]\d|[-–]\d|['’]s\b)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?<![\d.,\w])(\d{1,3}(?:[.,]\d{3})+|\d{2,})(?![\d\w]|[.,]\d)")]
    private static partial Regex NumberPattern();

    // One or two initials, a two-letter one only as Russian names transliterate ("Yu.", "Zh."), so "St. Petersburg" and "Dr. Smith" are not people.
    // A first name before the initials ("Eugeny N. Lebedev") is part of the name, and such names are left to the other kinds.
    [GeneratedRegex(@"(?<![\p{L}.]|\p{Lu}\p{Ll}+ )(?:(?:[A-Z]|Yu|Ya|Zh|Ch|Sh|Kh|Ts)\.){1,2} ?(?<surname>[A-Z][a-z]{2,})(?!\p{L})")]
    private static partial Regex InitialledName();
}
