using System.Collections.Concurrent;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;

namespace StudyBot.Core.Quotes;

/// <summary>
/// Chooses quotes: any quotable run at random, or one of the runs that best match a topic, varied between
/// calls and never the channel's previous quote when another is available.
/// </summary>
public sealed class QuoteFinder
{
    /// <summary>How many of the best matches a topic quote is drawn from, so asking again gives a different one.</summary>
    public const int TopicPoolSize = 5;

    /// <summary>
    /// How many of the best passages are read for quotable runs: a few usually hold enough; more only when
    /// those had none, because each passage read costs the quote rules over all its sentence runs.
    /// </summary>
    private static readonly int[] PassagesSearched = [30, 200];

    private readonly CorpusLibrary library;
    private readonly CorpusSearchIndex index;
    private readonly QuoteCatalog catalog;
    private readonly RandomSource random;
    private readonly ConcurrentDictionary<string, string> lastQuoteByChannel = new(StringComparer.Ordinal);

    public QuoteFinder(CorpusLibrary library, CorpusSearchIndex index, QuoteCatalog catalog, RandomSource random)
    {
        this.library = library;
        this.index = index;
        this.catalog = catalog;
        this.random = random;
    }

    /// <summary>A quote for the channel, about <paramref name="topic"/> when given, from <paramref name="document"/> when given.</summary>
    public QuoteCandidate Find(string channelId, string? topic, Document? document)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        QuoteCandidate[] pool = string.IsNullOrWhiteSpace(topic) ? AnyQuote(document) : BestForTopic(topic, document);
        var last = lastQuoteByChannel.GetValueOrDefault(channelId);
        var fresh = pool.Where(c => c.Reference != last).ToArray();
        var chosen = random.Pick(fresh.Length > 0 ? fresh : pool);
        lastQuoteByChannel[channelId] = chosen.Reference;
        return chosen;
    }

    /// <summary>
    /// Two draws, so one can stand in for the channel's last quote: a document chosen by its share of the
    /// corpus's sentences, then one of its quotes. Only the drawn documents' quotes are ever computed.
    /// </summary>
    private QuoteCandidate[] AnyQuote(Document? document)
    {
        var remaining = (document is null ? library.Documents : [document]).Where(d => d.Sentences.Count > 0).ToList();
        var drawn = new List<QuoteCandidate>();
        while (drawn.Count < 2 && remaining.Count > 0)
        {
            var target = random.Next(remaining.Sum(d => d.Sentences.Count));
            var chosen = remaining.First(d => (target -= d.Sentences.Count) < 0);
            var quotes = catalog.For(chosen);
            if (quotes.Count == 0)
            {
                remaining.Remove(chosen);
                continue;
            }

            drawn.Add(random.Pick(quotes));
        }

        return drawn.Count > 0
            ? drawn.ToArray()
            : throw new CommandException(document is null
                ? "The corpus has no quotable passages."
                : $"{document.Title} has no passages that read well on their own.");
    }

    private QuoteCandidate[] BestForTopic(string topic, Document? document)
    {
        var query = index.Parse(topic, document);
        var scope = document is null ? string.Empty : $" in {document.Title}";
        var read = 0;
        foreach (var passages in PassagesSearched)
        {
            var results = index.Search(query, document, read, passages - read);
            if (results.TotalMatches == 0)
            {
                throw new CommandException($"Nothing in the corpus{scope} matches '{topic}'. Try another word, or /documents to see the texts.");
            }

            var ranked = results.Hits
                .SelectMany(hit => catalog.For(hit.Passage.Document, hit.Passage.Block).Select(quote => (Quote: quote, Score: TopicScore(quote, query), Passage: hit.Score)))
                .Where(r => r.Score > 0)
                .OrderByDescending(r => r.Score)
                .ThenByDescending(r => r.Passage)
                .Select(r => r.Quote)
                .Take(TopicPoolSize)
                .ToArray();
            if (ranked.Length > 0)
            {
                return ranked;
            }

            read = passages;
        }

        throw new CommandException($"'{topic}' only appears{scope} in passages that do not quote well on their own; try /search {topic}.");
    }

    /// <summary>The rarity (idf) of the distinct query terms the quote contains: rare words matched count most.</summary>
    private float TopicScore(QuoteCandidate quote, SearchQuery query)
    {
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var score = 0f;
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        var scanner = new TermScanner(quote.Text, buffer);
        while (scanner.MoveNext())
        {
            if (query.Matches(scanner.Term) && matched.Add(scanner.Term.ToString()))
            {
                score += index.InverseDocumentFrequency(scanner.Term);
            }
        }

        return score;
    }
}
