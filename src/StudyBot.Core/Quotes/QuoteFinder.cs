using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Text;

namespace StudyBot.Core.Quotes;

/// <summary>
/// Chooses quotes: any quotable run at random, or one of the runs that best match a topic, varied between
/// calls, and none that shares a sentence with the channel's last <see cref="QuoteHistory.Length"/> quotes while another is available.
/// </summary>
/// <remarks>The channel's recent quotes come from <see cref="IQuoteHistory"/>, in the database when the bot has storage.</remarks>
public sealed class QuoteFinder
{
    /// <summary>How many of the best matches a topic quote is drawn from, so asking again gives a different one.</summary>
    public const int TopicPoolSize = 5;

    /// <summary>Quotes drawn at random before every quote of the document is checked against the channel's recent ones.</summary>
    private const int BlindDraws = 8;

    /// <summary>
    /// How many of the best passages are read for quotable runs: a few usually hold enough; more only when
    /// those had none, because each passage read costs the quote rules over all its sentence runs.
    /// </summary>
    private static readonly int[] PassagesSearched = [30, 200];

    private readonly CorpusLibrary library;
    private readonly CorpusSearchIndex index;
    private readonly QuoteCatalog catalog;
    private readonly RandomSource random;
    private readonly IQuoteHistory history;

    public QuoteFinder(CorpusLibrary library, CorpusSearchIndex index, QuoteCatalog catalog, RandomSource random, IQuoteHistory history)
    {
        this.library = library;
        this.index = index;
        this.catalog = catalog;
        this.random = random;
        this.history = history;
    }

    /// <summary>
    /// A quote for the channel, about <paramref name="topic"/> when given, from <paramref name="document"/> when given;
    /// a refusal names other commands with <paramref name="prefix"/>.
    /// </summary>
    public async Task<QuoteCandidate> FindAsync(string channelId, string? topic, Document? document, CancellationToken cancellationToken, char prefix = '/')
    {
        ArgumentNullException.ThrowIfNull(channelId);
        var recent = await history.RecentAsync(channelId, cancellationToken).ConfigureAwait(false);
        var chosen = string.IsNullOrWhiteSpace(topic) ? AnyQuote(document, recent) : ForTopic(topic, document, recent, prefix);
        // The reply does not wait for the quote to be stored: it counts for the channel at once, and its row goes in
        // with the next writes of the moment (on Discord, the next interactions' claims) instead of a commit of its own.
        _ = history.AddAsync(channelId, chosen.Reference, CancellationToken.None);
        return chosen;
    }

    /// <summary>
    /// A document chosen by its share of the corpus's sentences, then one of its quotes the channel has not seen
    /// lately; a document whose quotes were all seen is left out. Only the drawn documents' quotes are computed.
    /// </summary>
    private QuoteCandidate AnyQuote(Document? document, IReadOnlyList<string> recent)
    {
        var seen = new RecentQuotes(recent, catalog);
        var remaining = (document is null ? library.Documents : [document]).Where(d => d.Sentences.Count > 0).ToList();
        var stale = new List<QuoteCandidate>();
        while (remaining.Count > 0)
        {
            var target = random.Next(remaining.Sum(d => d.Sentences.Count));
            var chosen = remaining.First(d => (target -= d.Sentences.Count) < 0);
            var quotes = catalog.For(chosen);
            if (PickFresh(quotes, seen) is { } fresh)
            {
                return fresh;
            }

            stale.AddRange(quotes);
            remaining.Remove(chosen);
        }

        return stale.Count > 0
            ? LeastRecent(stale, recent)
            : throw new CommandException(document is null
                ? "The corpus has no quotable passages."
                : $"{document.Title} has no passages that read well on their own.");
    }

    /// <summary>
    /// One of <paramref name="quotes"/> at random among those the channel has not seen lately; null when it saw them all.
    /// A few blind draws almost always find one, since the last quotes cover a few sentences of a document; only when
    /// they fail is every quote checked. Either way each fresh quote is as likely as the next: checking all of a long
    /// document's quotes on every request had cost a random quote a tenth of a millisecond.
    /// </summary>
    private QuoteCandidate? PickFresh(IReadOnlyList<QuoteCandidate> quotes, RecentQuotes seen)
    {
        for (var draw = 0; draw < BlindDraws && quotes.Count > 0; draw++)
        {
            var quote = quotes[random.Next(quotes.Count)];
            if (!seen.Overlap(quote))
            {
                return quote;
            }
        }

        var fresh = quotes.Where(q => !seen.Overlap(q)).ToArray();
        return fresh.Length > 0 ? random.Pick(fresh) : null;
    }

    /// <summary>One of the best <see cref="TopicPoolSize"/> matches the channel has not seen lately; the least recent when it saw them all.</summary>
    private QuoteCandidate ForTopic(string topic, Document? document, IReadOnlyList<string> recent, char prefix)
    {
        var seen = new RecentQuotes(recent, catalog);
        var ranked = BestForTopic(topic, document, TopicPoolSize + recent.Count, prefix);
        var fresh = ranked.Where(q => !seen.Overlap(q)).Take(TopicPoolSize).ToArray();
        return fresh.Length > 0 ? random.Pick(fresh) : LeastRecent(ranked, recent);
    }

    private static QuoteCandidate LeastRecent(IReadOnlyList<QuoteCandidate> quotes, IReadOnlyList<string> recent) =>
        quotes.MinBy(q => IndexOf(recent, q.Reference))!;

    private static int IndexOf(IReadOnlyList<string> recent, string reference)
    {
        for (var i = 0; i < recent.Count; i++)
        {
            if (recent[i] == reference)
            {
                return i;
            }
        }

        return -1;
    }

    private QuoteCandidate[] BestForTopic(string topic, Document? document, int poolSize, char prefix)
    {
        var query = index.Parse(topic, document);
        var scope = document is null ? string.Empty : $" in {document.Title}";
        var weights = WordWeights(query);
        var read = 0;
        foreach (var passages in PassagesSearched)
        {
            var results = index.Search(query, document, read, passages - read);
            if (results.TotalMatches == 0)
            {
                throw new CommandException(QuoteTexts.NoMatch, scope, topic, prefix);
            }

            var ranked = results.Hits
                .SelectMany(hit => Scored(hit, query, weights))
                .Where(r => r.Score > 0)
                .OrderByDescending(r => r.Score)
                .ThenByDescending(r => r.Passage)
                .Select(r => r.Quote)
                .Take(poolSize)
                .ToArray();
            if (ranked.Length > 0)
            {
                return ranked;
            }

            read = passages;
        }

        throw new CommandException(QuoteTexts.NotQuotable, topic, scope, prefix);
    }

    /// <summary>
    /// The passage's quotes with their topic scores: the rarity (idf) of the query words the quote contains, so rare
    /// words matched count most. Each sentence is read once, and a quote adds up the words of its sentences.
    /// </summary>
    private IEnumerable<(QuoteCandidate Quote, float Score, double Passage)> Scored(SearchHit hit, SearchQuery query, float[] weights)
    {
        var block = hit.Passage.Block;
        var quotes = catalog.For(hit.Passage.Document, block);
        if (quotes.Count == 0)
        {
            return [];
        }

        var sentences = block.Sentences;
        var words = new ulong[sentences.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = WordsIn(FootnoteMarkers.Remove(sentences[i].Text), query);
        }

        var first = sentences[0].Index;
        return quotes.Select(quote =>
        {
            var found = 0UL;
            for (var i = 0; i < quote.SentenceCount; i++)
            {
                found |= words[quote.FirstSentence - first + i];
            }

            return (quote, Weigh(found, weights), hit.Score);
        });
    }

    /// <summary>Bit <c>i</c> is set when the text holds query word <c>i</c> or a word of the same stem.</summary>
    private static ulong WordsIn(string text, SearchQuery query)
    {
        var found = 0UL;
        Span<char> buffer = stackalloc char[TermScanner.BufferLength];
        var scanner = new TermScanner(text, buffer);
        while (scanner.MoveNext())
        {
            found |= query.MatchingWords(scanner.Term);
        }

        return found;
    }

    private static float Weigh(ulong words, float[] weights)
    {
        var score = 0f;
        for (var i = 0; i < weights.Length; i++)
        {
            if ((words & (1UL << i)) != 0)
            {
                score += weights[i];
            }
        }

        return score;
    }

    /// <summary>Each query word's idf; a word repeated in the query (on its own and in a phrase) weighs once.</summary>
    private float[] WordWeights(SearchQuery query)
    {
        var weights = new float[query.Words.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            var term = query.Words[i].Term;
            var repeated = false;
            for (var j = 0; j < i && !repeated; j++)
            {
                repeated = string.Equals(query.Words[j].Term, term, StringComparison.Ordinal);
            }

            weights[i] = repeated ? 0 : index.InverseDocumentFrequency(term);
        }

        return weights;
    }
}
