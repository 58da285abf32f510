using System.Collections.Concurrent;
using StudyBot.Core.Corpus;

namespace StudyBot.Core.Quotes;

/// <summary>The quotable runs of the corpus: a document's found once and kept, a single paragraph's found when asked.</summary>
/// <remarks>
/// Only paragraphs qualify: headings, captions, infobox lines, bibliographies and list items are fragments
/// by nature. A run starts at any sentence that does not point back, and takes one, two or three
/// sentences of the same paragraph, so a sentence opening with "This" can still be quoted after the
/// sentence it refers to.
/// </remarks>
public sealed class QuoteCatalog
{
    private const int MaxSentencesPerQuote = 3;

    private readonly ConcurrentDictionary<Document, Lazy<IReadOnlyList<QuoteCandidate>>> documents = new();

    /// <summary>Every candidate of the document, in reading order.</summary>
    public IReadOnlyList<QuoteCandidate> For(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return documents.GetOrAdd(document, d => new Lazy<IReadOnlyList<QuoteCandidate>>(() => d.Blocks.SelectMany(b => Find(d, b)).ToArray())).Value;
    }

    /// <summary>The candidates inside one paragraph; cheap enough for topic quotes to ask of the best passages without caching.</summary>
    public IReadOnlyList<QuoteCandidate> For(Document document, Block block)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(block);
        return Find(document, block);
    }

    private static List<QuoteCandidate> Find(Document document, Block block)
    {
        var found = new List<QuoteCandidate>();
        if (block.Kind != BlockKind.Paragraph)
        {
            return found;
        }

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
                    found.Add(new QuoteCandidate(document, block, sentences[first].Index, count, text));
                }
            }
        }

        return found;
    }
}
