using StudyBot.Core.Corpus;
using StudyBot.Core.Search;
using StudyBot.Core.Text;

namespace StudyBot.Core.Summaries;

/// <summary>
/// The words and names that characterise a text: frequent in it, rare in the corpus (tf-idf), stopwords
/// left out; capitalised runs that recur ("Türk Metal", "Alexander Shlyapnikov") count as one term.
/// </summary>
public static class KeyTerms
{
    private const int MinTermLength = 3;
    private const int MinNameOccurrences = 2;
    private const int MaxNameWords = 3;

    /// <summary>The <paramref name="count"/> best terms of the sentences, best first, as written in the text.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<Sentence> sentences, Language language, CorpusSearchIndex index, int count)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(index);
        var words = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var names = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var run = new List<WordToken>();
            foreach (var word in Tokenizer.Words(sentence.Text))
            {
                var folded = TextFolding.Fold(word.Text);
                var content = folded.Length >= MinTermLength && !folded.All(char.IsDigit) && !index.IsStopword(folded, language);
                // A general word may still stand inside a name ("First International"), never as a term of its own.
                if (content && !GeneralWords.Contains(folded, language))
                {
                    Count(words, folded, word.Text);
                }

                // A name is a run of capitalised content words inside a sentence; the first word of a sentence is capitalised anyway.
                if (content && char.IsUpper(word.Text[0]) && word.Start > 0)
                {
                    run.Add(word);
                }
                else
                {
                    AddName(names, run, sentence.Text);
                    run.Clear();
                }
            }

            AddName(names, run, sentence.Text);
        }

        var scored = words.Values.Select(c => (c, Score: c.Count * index.InverseDocumentFrequency(c.Key)))
            .Concat(names.Values.Where(n => n.Count >= MinNameOccurrences)
                .Select(c => (c, Score: c.Count * c.Key.Split(' ').Sum(w => index.InverseDocumentFrequency(w)))))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.c.FirstSeen)
            .Select(x => x.c);

        var chosen = new List<Candidate>();
        foreach (var candidate in scored)
        {
            var parts = candidate.Key.Split(' ');
            if (chosen.Any(c => c.Key.Split(' ').Intersect(parts).Any() && c.Key.Length >= candidate.Key.Length))
            {
                continue;
            }

            // A name outranks the single words it is made of.
            chosen.RemoveAll(c => parts.Contains(c.Key));
            chosen.Add(candidate);
            if (chosen.Count == count)
            {
                break;
            }
        }

        return chosen.Select(c => c.Display).ToArray();
    }

    private static void AddName(Dictionary<string, Candidate> names, List<WordToken> run, string text)
    {
        if (run.Count is < 2 or > MaxNameWords)
        {
            return;
        }

        var written = text[run[0].Start..(run[^1].Start + run[^1].Length)];
        if (written.Split(' ').Length == run.Count)
        {
            Count(names, string.Join(' ', run.Select(w => TextFolding.Fold(w.Text))), written);
        }
    }

    private static void Count(Dictionary<string, Candidate> candidates, string key, string written)
    {
        if (!candidates.TryGetValue(key, out var candidate))
        {
            candidate = new Candidate(key, candidates.Count);
            candidates[key] = candidate;
        }

        candidate.Add(written);
    }

    /// <summary>A term's count and the way it is most often written (lower case wins a tie, so "strike" is not shown as "Strike").</summary>
    private sealed class Candidate(string key, int firstSeen)
    {
        private readonly Dictionary<string, int> forms = new(StringComparer.Ordinal);

        public string Key { get; } = key;

        public int FirstSeen { get; } = firstSeen;

        public int Count { get; private set; }

        public string Display => forms.OrderByDescending(f => f.Value).ThenByDescending(f => f.Key, StringComparer.Ordinal).First().Key;

        public void Add(string written)
        {
            Count++;
            forms[written] = forms.GetValueOrDefault(written) + 1;
        }
    }
}
