namespace StudyBot.Core.Summaries;

/// <summary>
/// Continuous LexRank (Erkan and Radev, 2004): a sentence is central when sentences similar to it are
/// central, computed as PageRank over the cosine-similarity graph.
/// </summary>
internal static class LexRank
{
    private const float Damping = 0.85f;
    private const float Tolerance = 1e-6f;
    private const int MaxIterations = 100;

    /// <summary>A centrality score per sentence.</summary>
    public static float[] Scores(SentenceVectors sentences)
    {
        var n = sentences.Vectors.Count;
        var edges = Edges(sentences);
        var rowSums = new float[n];
        foreach (var (from, to, weight) in edges)
        {
            rowSums[from] += weight;
            rowSums[to] += weight;
        }

        var scores = new float[n];
        Array.Fill(scores, 1f / Math.Max(1, n));
        var next = new float[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // Sentences without neighbours spread their score evenly, as PageRank does for dangling pages.
            var dangling = 0f;
            for (var i = 0; i < n; i++)
            {
                if (rowSums[i] == 0)
                {
                    dangling += scores[i];
                }
            }

            Array.Fill(next, ((1 - Damping) / n) + (Damping * dangling / n));
            foreach (var (from, to, weight) in edges)
            {
                next[to] += Damping * scores[from] * weight / rowSums[from];
                next[from] += Damping * scores[to] * weight / rowSums[to];
            }

            var change = 0f;
            for (var i = 0; i < n; i++)
            {
                change += MathF.Abs(next[i] - scores[i]);
            }

            (scores, next) = (next, scores);
            if (change < Tolerance)
            {
                break;
            }
        }

        return scores;
    }

    /// <summary>
    /// Every pair of sentences that share a term, with their cosine similarity, accumulated through each
    /// term's sentence list so that pairs without a common term cost nothing.
    /// </summary>
    private static List<(int From, int To, float Weight)> Edges(SentenceVectors sentences)
    {
        var vectors = sentences.Vectors;
        var byTerm = new List<(int Sentence, float Weight)>[sentences.TermCount];
        for (var s = 0; s < vectors.Count; s++)
        {
            foreach (var (term, weight) in vectors[s])
            {
                (byTerm[term] ??= []).Add((s, weight));
            }
        }

        var edges = new List<(int, int, float)>();
        var dot = new float[vectors.Count];
        var touched = new List<int>();
        for (var a = 0; a < vectors.Count; a++)
        {
            foreach (var (term, weight) in vectors[a])
            {
                // Lists are in sentence order, so only the tail after sentence a holds new pairs.
                var list = byTerm[term];
                for (var k = list.Count - 1; k >= 0 && list[k].Sentence > a; k--)
                {
                    var b = list[k].Sentence;
                    if (dot[b] == 0)
                    {
                        touched.Add(b);
                    }

                    dot[b] += weight * list[k].Weight;
                }
            }

            foreach (var b in touched)
            {
                edges.Add((a, b, dot[b]));
                dot[b] = 0;
            }

            touched.Clear();
        }

        return edges;
    }
}
