using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// What the whole corpus says about capitalised words, read once: which words it also writes in lower case
/// (so they are ordinary words), which it writes alone as a name ("Shlyapnikov proposed", so they can be a
/// surname), and which follow a place preposition ("in Moscow", so they name places).
/// </summary>
/// <remarks>
/// Names are told from other capitalised words by this evidence rather than by lists of names, so a corpus
/// about other people and places works the same way.
/// </remarks>
internal sealed class NameEvidence
{
    /// <summary>A word written after "in" only once may be a company or a person ("in Erdemir"); twice makes a place.</summary>
    private const int MinPlaceMentions = 2;

    private static readonly Dictionary<Language, HashSet<string>> PlacePrepositions = new()
    {
        [Language.English] = new(["in", "near"], StringComparer.Ordinal),
        [Language.Dutch] = new(["in", "naar", "te"], StringComparer.Ordinal),
    };

    private readonly HashSet<string> lowerCase = new(StringComparer.Ordinal);
    private readonly HashSet<string> alone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> placeMentions = new(StringComparer.Ordinal);

    public NameEvidence(CorpusLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        foreach (var document in library.Documents)
        {
            var prepositions = Prepositions(document.Language);

            // Going through Sentence objects would make and keep one for every sentence of the corpus on the first quiz.
            foreach (var text in document.Blocks.SelectMany(b => b.SentenceTexts()))
            {
                Read(text, prepositions, buffer);
            }
        }
    }

    /// <summary>The prepositions that put a single name in place: "in", "near"; Dutch "in", "naar", "te".</summary>
    public static IReadOnlySet<string> Prepositions(Language language) =>
        PlacePrepositions.GetValueOrDefault(language) ?? PlacePrepositions[Language.English];

    /// <summary>Whether the corpus writes the folded word in lower case somewhere: an ordinary word, not a name.</summary>
    public bool IsOrdinaryWord(string folded) => lowerCase.Contains(folded);

    /// <summary>Whether the corpus writes the capitalised word on its own somewhere, as people are named by surname.</summary>
    public bool StandsAlone(string folded) => alone.Contains(folded);

    /// <summary>Whether the corpus puts the word after a place preposition more than once.</summary>
    public bool IsPlace(string folded) => placeMentions.GetValueOrDefault(folded) >= MinPlaceMentions;

    private void Read(string text, IReadOnlySet<string> prepositions, Span<char> buffer)
    {
        var placeLookup = placeMentions.GetAlternateLookup<ReadOnlySpan<char>>();
        var lowerLookup = lowerCase.GetAlternateLookup<ReadOnlySpan<char>>();
        var prepositionLookup = ((HashSet<string>)prepositions).GetAlternateLookup<ReadOnlySpan<char>>();
        var scanner = new TermScanner(text, buffer);
        var previousEnd = -2;
        var previousCapital = false;
        var previousPreposition = false;
        string? pending = null;
        var pendingAfterPreposition = false;
        while (scanner.MoveNext())
        {
            if (scanner.IsPart)
            {
                continue;
            }

            var capital = char.IsUpper(text[scanner.Start]) && scanner.Length > 1 && char.IsLower(text[scanner.Start + 1]);
            var joined = scanner.Start == previousEnd + 1 && text[previousEnd] == ' ';
            if (pending is not null)
            {
                // The previous capitalised word stood alone unless this one continues its name.
                if (!(capital && joined))
                {
                    alone.Add(pending);
                    if (pendingAfterPreposition)
                    {
                        placeLookup[pending] = placeLookup.TryGetValue(pending, out var count) ? count + 1 : 1;
                    }
                }

                pending = null;
            }

            if (!capital)
            {
                if (char.IsLower(text[scanner.Start]))
                {
                    lowerLookup.Add(scanner.Term);
                }
            }
            else if (!(previousCapital && joined))
            {
                pending = scanner.Term.ToString();
                pendingAfterPreposition = previousPreposition && joined;
            }

            previousPreposition = prepositionLookup.Contains(scanner.Term);
            previousCapital = capital;
            previousEnd = scanner.Start + scanner.Length;
        }

        if (pending is not null)
        {
            alone.Add(pending);
            if (pendingAfterPreposition)
            {
                placeLookup[pending] = placeLookup.TryGetValue(pending, out var count) ? count + 1 : 1;
            }
        }
    }
}
