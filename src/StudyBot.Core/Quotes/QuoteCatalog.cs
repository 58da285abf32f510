using System.Collections.Concurrent;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quotes;

/// <summary>The quotable runs of each document, found once per document and kept.</summary>
/// <remarks>
/// Only paragraphs qualify: headings, captions, infobox lines, bibliographies and list items are fragments
/// by nature. A run starts at any sentence that does not point back, and takes one, two or three
/// sentences of the same paragraph, so a sentence opening with "This" can still be quoted after the
/// sentence it refers to.
/// </remarks>
public sealed class QuoteCatalog
{
    private const int MaxSentencesPerQuote = 3;

    private readonly ConcurrentDictionary<Document, Lazy<DocumentQuotes>> documents = new();

    /// <summary>Every candidate of the document, in reading order.</summary>
    public IReadOnlyList<QuoteCandidate> For(Document document) => Quotes(document).All;

    /// <summary>The candidates inside one paragraph of the document.</summary>
    public IReadOnlyList<QuoteCandidate> For(Document document, Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Quotes(document).ByBlock.GetValueOrDefault(block.Index) ?? [];
    }

    private DocumentQuotes Quotes(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return documents.GetOrAdd(document, d => new Lazy<DocumentQuotes>(() => Find(d))).Value;
    }

    private static DocumentQuotes Find(Document document)
    {
        var all = new List<QuoteCandidate>();
        foreach (var block in document.Blocks.Where(b => b.Kind == BlockKind.Paragraph))
        {
            var sentences = block.Sentences;
            for (var first = 0; first < sentences.Count; first++)
            {
                var text = string.Empty;
                for (var count = 1; count <= MaxSentencesPerQuote && first + count <= sentences.Count; count++)
                {
                    text = count == 1 ? sentences[first].Text : text + " " + sentences[first + count - 1].Text;
                    if (text.Length > QuoteRules.MaxLength)
                    {
                        break;
                    }

                    if (QuoteRules.ReadsAlone(text, sentences[first].Text, document.Language))
                    {
                        all.Add(new QuoteCandidate(document, block, sentences[first].Index, count, text));
                    }
                }
            }
        }

        return new DocumentQuotes(all, all.GroupBy(c => c.Block.Index).ToDictionary(g => g.Key, g => (IReadOnlyList<QuoteCandidate>)g.ToArray()));
    }

    private sealed record DocumentQuotes(IReadOnlyList<QuoteCandidate> All, IReadOnlyDictionary<int, IReadOnlyList<QuoteCandidate>> ByBlock);
}
