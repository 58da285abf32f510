using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quotes;

/// <summary>One document's quotable runs, in reading order and by the paragraph that holds them.</summary>
internal sealed class DocumentQuotes
{
    private DocumentQuotes(IReadOnlyList<QuoteCandidate> all, Dictionary<Block, IReadOnlyList<QuoteCandidate>> byBlock)
    {
        All = all;
        ByBlock = byBlock;
        LongestFrom = all.GroupBy(q => q.FirstSentence).ToDictionary(g => g.Key, g => g.Max(q => q.SentenceCount));
    }

    public IReadOnlyList<QuoteCandidate> All { get; }

    /// <summary>Only the paragraphs that hold a run.</summary>
    public IReadOnlyDictionary<Block, IReadOnlyList<QuoteCandidate>> ByBlock { get; }

    /// <summary>The most sentences a run starting at a sentence takes, by that sentence.</summary>
    public IReadOnlyDictionary<int, int> LongestFrom { get; }

    public static DocumentQuotes Find(Document document)
    {
        var all = new List<QuoteCandidate>();
        var byBlock = new Dictionary<Block, IReadOnlyList<QuoteCandidate>>();
        foreach (var block in document.Blocks)
        {
            var found = QuoteCatalog.Find(document, block);
            if (found.Count > 0)
            {
                byBlock[block] = found;
                all.AddRange(found);
            }
        }

        return new DocumentQuotes(all, byBlock);
    }
}
