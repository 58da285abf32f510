using System.Collections.Concurrent;
using StudyBot.Core.Corpus;
using StudyBot.Core.Quotes;
using StudyBot.Core.Search;
using StudyBot.Core.Text;

namespace StudyBot.Core.Summaries;

/// <summary>
/// Extractive summaries: the most central prose sentences by LexRank, without near-repeats, in document
/// order, with key terms. Deterministic (ties go to the earlier sentence) and cached per document,
/// section and length.
/// </summary>
public sealed class Summarizer
{
    public const int KeyTermCount = 8;

    /// <summary>Sentences shorter than this are headings or fragments the segmenter let through.</summary>
    private const int MinWords = 6;

    /// <summary>A candidate this similar (cosine) to a chosen sentence says the same thing again.</summary>
    private const float RedundantSimilarity = 0.5f;

    /// <summary>LexRank compares pairs of sentences; beyond this many, the ones with the most content are ranked.</summary>
    private const int MaxRankedSentences = 3000;

    private readonly CorpusSearchIndex index;
    private readonly ConcurrentDictionary<(Document, int, SummaryLength), Lazy<Summary>> cache = new();

    public Summarizer(CorpusSearchIndex index)
    {
        this.index = index;
    }

    /// <summary>The summary of <paramref name="section"/>, or of the whole document when it is null.</summary>
    public Summary Summarize(Document document, Section? section, SummaryLength length)
    {
        ArgumentNullException.ThrowIfNull(document);
        var key = (document, section?.Index ?? -1, length);
        return cache.GetOrAdd(key, _ => new Lazy<Summary>(() => Build(document, section, length))).Value;
    }

    private Summary Build(Document document, Section? section, SummaryLength length)
    {
        var blocks = (section?.Blocks ?? document.Blocks).Where(b => b.IsProse).ToArray();
        var sentences = blocks.SelectMany(b => b.Sentences).Where(s => s.Text.CountWords() >= MinWords).ToArray();
        var vectors = SentenceVectors.Build(sentences, document.Language, index);
        if (sentences.Length > MaxRankedSentences)
        {
            var kept = Enumerable.Range(0, sentences.Length)
                .OrderByDescending(i => vectors.Vectors[i].Length)
                .ThenBy(i => i)
                .Take(MaxRankedSentences)
                .Order()
                .ToArray();
            sentences = kept.Select(i => sentences[i]).ToArray();
            vectors = SentenceVectors.Build(sentences, document.Language, index);
        }

        var chosen = Choose(sentences, vectors, length, document.Language);
        var keyTerms = KeyTerms.Find(blocks.SelectMany(b => b.Sentences), document.Language, index, KeyTermCount);
        return new Summary(document, section, chosen, keyTerms, section?.WordCount ?? document.WordCount);
    }

    private static Sentence[] Choose(Sentence[] sentences, SentenceVectors vectors, SummaryLength length, Language language)
    {
        var scores = LexRank.Scores(vectors);
        var ranked = Enumerable.Range(0, sentences.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();

        // A summary line is read without its neighbours: a sentence that points back to text left out, a line of
        // dialogue, a quoted fragment or an edited one would not make sense, so a shorter summary is better.
        // The check is costly, so it runs lazily, on the ranked sentences only until the summary is full.
        var readable = ranked.Where(i => QuoteRules.StandsAlone(FootnoteMarkers.Remove(sentences[i].Text), language));
        var wanted = length.SentenceCount(sentences.Length);
        var chosen = new List<int>();
        foreach (var candidate in readable)
        {
            if (chosen.Count == wanted)
            {
                break;
            }

            if (chosen.TrueForAll(c => vectors.Similarity(c, candidate) < RedundantSimilarity))
            {
                chosen.Add(candidate);
            }
        }

        return chosen.Order().Select(i => sentences[i]).ToArray();
    }
}
