using StudyBot.Core.Corpus;
using StudyBot.Core.Search;

namespace StudyBot.Core.Summaries;

/// <summary>
/// TF-IDF vectors of sentences over folded, non-stopword words, with the corpus's passage idf, for the
/// similarity of short texts.
/// </summary>
internal sealed class SentenceVectors
{

    private SentenceVectors(IReadOnlyList<(int Term, float Weight)[]> vectors, int termCount)
    {
        Vectors = vectors;
        TermCount = termCount;
    }

    /// <summary>Per sentence: its distinct terms (local ids) and tf-idf weights, normalised to length 1.</summary>
    public IReadOnlyList<(int Term, float Weight)[]> Vectors { get; }

    public int TermCount { get; }

    public static SentenceVectors Build(IReadOnlyList<Sentence> sentences, Language language, CorpusSearchIndex index)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var idfs = new List<float>();
        var vectors = new List<(int, float)[]>(sentences.Count);
        var counts = new Dictionary<int, int>();
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        foreach (var sentence in sentences)
        {
            counts.Clear();
            var scanner = new TermScanner(sentence.Text, buffer);
            while (scanner.MoveNext())
            {
                if (scanner.IsPart)
                {
                    continue;
                }

                if (!lookup.TryGetValue(scanner.Term, out var id))
                {
                    if (index.IsStopword(scanner.Term, language))
                    {
                        continue;
                    }

                    id = terms.Count;
                    lookup[scanner.Term] = id;
                    idfs.Add(index.InverseDocumentFrequency(scanner.Term));
                }

                counts[id] = counts.GetValueOrDefault(id) + 1;
            }

            var vector = counts.Select(c => (Term: c.Key, Weight: c.Value * idfs[c.Key])).OrderBy(c => c.Term).ToArray();
            var norm = MathF.Sqrt(vector.Sum(c => c.Weight * c.Weight));
            vectors.Add(norm > 0 ? vector.Select(c => (c.Term, c.Weight / norm)).ToArray() : []);
        }

        return new SentenceVectors(vectors, terms.Count);
    }

    /// <summary>The cosine similarity of two sentences.</summary>
    public float Similarity(int a, int b)
    {
        var x = Vectors[a];
        var y = Vectors[b];
        var sum = 0f;
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i].Term == y[j].Term)
            {
                sum += x[i++].Weight * y[j++].Weight;
            }
            else if (x[i].Term < y[j].Term)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
