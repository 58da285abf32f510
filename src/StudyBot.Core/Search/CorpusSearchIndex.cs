using System.Diagnostics;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Search;

/// <summary>One prose block of a document: the unit that search ranks and shows.</summary>
public readonly record struct Passage(Document Document, Block Block);

/// <summary>A passage and its BM25 score for a query.</summary>
public readonly record struct SearchHit(Passage Passage, double Score);

/// <summary>The requested slice of the ranking, and how many passages matched in all.</summary>
public sealed record SearchResults(SearchQuery Query, IReadOnlyList<SearchHit> Hits, int TotalMatches);

/// <summary>
/// Ranked full-text search over the prose passages of a <see cref="CorpusLibrary"/>, built once per library:
/// BM25 over folded terms ("Türk" matches "turk"), stopwords of each document's language left out.
/// </summary>
/// <remarks>
/// A hand-written inverted index rather than SQLite FTS5, because FTS5 missed both targets when measured
/// on a generated 100 MB corpus: the build took 3.1-3.7 s (the whole import may take 5 s), and a query for a
/// common word ("workers", 42,000 matching passages) took about 40 ms, since FTS5 computes bm25() for every
/// match before sorting. Here a query walks the postings of its terms in passage order, keeping only the
/// best few in a heap. Texts are not copied: the index holds term ids and passage numbers, and snippets are
/// cut from the documents themselves.
/// </remarks>
public sealed partial class CorpusSearchIndex
{
    // The usual BM25 constants; paragraphs are short enough that the defaults rank well.
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private readonly Passage[] passages;
    private readonly Dictionary<Document, (int Start, int End)> documentPassages = [];
    private readonly TermDictionary dictionary;
    private readonly Postings postings;
    private readonly float[] lengthNorms;
    private readonly float[] idfs;

    /// <remarks>
    /// Scanned in parts of consecutive documents, one per core, then joined: the scan of a 100 MB corpus is
    /// what the import waits for.
    /// </remarks>
    public CorpusSearchIndex(CorpusLibrary library, ILogger<CorpusSearchIndex> logger)
        : this(library, logger, Environment.ProcessorCount)
    {
    }

    /// <param name="library">The corpus.</param>
    /// <param name="logger">Reports the build.</param>
    /// <param name="partCount">How many parts to build in parallel; tests compare one part with several.</param>
    internal CorpusSearchIndex(CorpusLibrary library, ILogger<CorpusSearchIndex> logger, int partCount)
    {
        ArgumentNullException.ThrowIfNull(library);
        var clock = Stopwatch.StartNew();
        var languages = library.Documents.Select(d => d.Language).Distinct().ToArray();
        var groups = IndexPart.Partition(library.Documents, partCount);
        var parts = new IndexPart[groups.Count];
        Parallel.For(0, groups.Count, i => parts[i] = IndexPart.Scan(groups[i], languages));

        var whole = IndexPart.Join(parts, languages);
        (dictionary, postings, passages) = (whole.Dictionary, whole.Postings, whole.Passages);
        for (var i = 0; i < passages.Length;)
        {
            var document = passages[i].Document;
            var start = i;
            while (i < passages.Length && passages[i].Document == document)
            {
                i++;
            }

            documentPassages[document] = (start, i);
        }

        lengthNorms = LengthNorms(whole.Lengths);
        idfs = new float[dictionary.Count];
        for (var term = 0; term < idfs.Length; term++)
        {
            idfs[term] = Idf(postings.DocumentFrequency(term));
        }

        LogBuilt(logger, passages.Length, dictionary.Count, postings.Passages.Length, clock.ElapsedMilliseconds);
    }

    public int PassageCount => passages.Length;

    /// <summary>
    /// Reads a query: its words, folded, without stopwords. Refuses a query with no words, or only
    /// stopwords, with a message that says so.
    /// </summary>
    /// <remarks>
    /// A word that is a stopword in any language searched is left out ("the general strike" searches
    /// "general strike" in Dutch texts too), unless that would leave nothing: then words that are ordinary
    /// words in some language stay, so "men" still finds English passages although it is a Dutch stopword.
    /// Passages never match their own language's stopwords, because those are not indexed.
    /// </remarks>
    /// <param name="text">The query as typed.</param>
    /// <param name="scope">The document searched, or null for the whole corpus.</param>
    public SearchQuery Parse(string text, Document? scope)
    {
        ArgumentNullException.ThrowIfNull(text);
        var languages = scope is null ? dictionary.AllLanguagesMask : dictionary.LanguageMask(scope.Language);
        var words = new List<(string Term, int Id)>();
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        var scanner = new TermScanner(text, buffer);
        while (scanner.MoveNext())
        {
            // A compound in the query ("Oyak-Renault") asks for the compound, not for either part.
            if (!scanner.IsPart)
            {
                var term = scanner.Term.ToString();
                if (!words.Exists(w => w.Term == term))
                {
                    words.Add((term, dictionary.TryGet(term, out var id) ? id : -1));
                }
            }
        }

        if (words.Count == 0)
        {
            throw new CommandException("Type one or more words to search for.");
        }

        var kept = words.Where(w => w.Id < 0 || !dictionary.IsStopword(w.Id, languages)).ToList();
        if (kept.Count == 0)
        {
            kept = words.Where(w => !dictionary.IsStopwordInAll(w.Id, languages)).ToList();
        }

        if (kept.Count == 0)
        {
            throw new CommandException($"'{text}' has only common words such as 'the' or 'de'; add a more specific word.");
        }

        return new SearchQuery(text, kept.Select(w => w.Term).ToArray(), kept.Where(w => w.Id >= 0).Select(w => w.Id).ToArray());
    }

    /// <summary>Ranks the passages that contain any query term, best first; equal scores keep reading order.</summary>
    /// <param name="query">From <see cref="Parse"/>.</param>
    /// <param name="document">Only passages of this document, or null for all.</param>
    /// <param name="skip">How many of the best to skip (earlier pages).</param>
    /// <param name="take">How many to return.</param>
    public SearchResults Search(SearchQuery query, Document? document, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var (first, end) = document is null ? (0, passages.Length) : documentPassages.GetValueOrDefault(document);
        var terms = query.TermIds.ToArray();
        var cursors = new int[terms.Length];
        var ends = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            cursors[i] = postings.LowerBound(terms[i], first);
            ends[i] = postings.LowerBound(terms[i], end);
        }

        var best = new PriorityQueue<int, Ranked>(skip + take + 1, WorstFirst.Instance);
        var matches = 0;
        while (true)
        {
            var passage = int.MaxValue;
            for (var i = 0; i < terms.Length; i++)
            {
                if (cursors[i] < ends[i])
                {
                    passage = Math.Min(passage, postings.Passages[cursors[i]]);
                }
            }

            if (passage == int.MaxValue)
            {
                break;
            }

            var score = 0f;
            for (var i = 0; i < terms.Length; i++)
            {
                if (cursors[i] < ends[i] && postings.Passages[cursors[i]] == passage)
                {
                    float frequency = postings.Frequencies[cursors[i]];
                    score += idfs[terms[i]] * frequency * (K1 + 1) / (frequency + lengthNorms[passage]);
                    cursors[i]++;
                }
            }

            matches++;
            Offer(best, new Ranked(score, passage), skip + take);
        }

        var ranked = new Ranked[best.Count];
        for (var i = ranked.Length - 1; i >= 0; i--)
        {
            best.TryDequeue(out _, out ranked[i]);
        }

        var hits = ranked.Skip(skip).Select(r => new SearchHit(passages[r.Passage], r.Score)).ToArray();
        return new SearchResults(query, hits, matches);
    }

    /// <summary>
    /// How rare a folded term is among the corpus's passages (BM25's idf); words the corpus lacks count as rarest.
    /// Summaries and key terms weigh words with it.
    /// </summary>
    public float InverseDocumentFrequency(ReadOnlySpan<char> foldedTerm) =>
        dictionary.TryGet(foldedTerm, out var id) ? idfs[id] : Idf(0);

    /// <summary>Whether a folded term is a stopword in the given language.</summary>
    public bool IsStopword(ReadOnlySpan<char> foldedTerm, Language language) =>
        dictionary.TryGet(foldedTerm, out var id) && dictionary.IsStopword(id, dictionary.LanguageMask(language));

    private static void Offer(PriorityQueue<int, Ranked> best, Ranked candidate, int capacity)
    {
        if (capacity == 0)
        {
            return;
        }

        if (best.Count < capacity)
        {
            best.Enqueue(candidate.Passage, candidate);
        }
        else if (best.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(candidate, worst) > 0)
        {
            best.DequeueEnqueue(candidate.Passage, candidate);
        }
    }

    private float Idf(int documentFrequency) =>
        MathF.Log(1 + ((passages.Length - documentFrequency + 0.5f) / (documentFrequency + 0.5f)));

    private static float[] LengthNorms(int[] lengths)
    {
        var average = lengths.Length == 0 ? 1f : Math.Max(1f, (float)lengths.Average());
        return lengths.Select(length => K1 * (1 - B + (B * length / average))).ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built: {Passages} passages, {Terms} terms, {Postings} postings in {Milliseconds} ms")]
    private static partial void LogBuilt(ILogger logger, int passages, int terms, int postings, long milliseconds);

    private readonly record struct Ranked(float Score, int Passage);

    /// <summary>Orders the heap so that its head is the weakest hit: lowest score, then latest in reading order.</summary>
    private sealed class WorstFirst : IComparer<Ranked>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare(Ranked x, Ranked y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Passage.CompareTo(x.Passage);
        }
    }
}
