using System.Collections.Concurrent;
using StudyBot.Core.Corpus;
using StudyBot.Core.Text;

namespace StudyBot.Core.Quotes;

/// <summary>The quotable runs of the corpus, found once per document and kept, by paragraph.</summary>
/// <remarks>
/// Only paragraphs qualify: headings, captions, infobox lines, bibliographies and list items are fragments
/// by nature. A run starts at any sentence that does not point back and is not inside a quotation opened by
/// an earlier sentence, and takes one, two or three sentences of the same paragraph, so a sentence opening
/// with "This" can still be quoted after the sentence it refers to. No sentence of a run may be a fragment
/// or a line of dialogue. Note references are removed from the text first, as from all served text.
/// A topic quote reads the runs of up to 200 matching paragraphs; finding them again on every request cost a
/// topic quote 4.5 ms on average on the bundled corpus, so each document's runs are kept by paragraph.
/// </remarks>
public sealed class QuoteCatalog
{
    private const int MaxSentencesPerQuote = 3;

    private readonly ConcurrentDictionary<Document, Lazy<DocumentQuotes>> documents = new();

    /// <summary>Every candidate of the document, in reading order.</summary>
    public IReadOnlyList<QuoteCandidate> For(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Quotes(document).All;
    }

    /// <summary>The candidates inside one block of the document, in reading order; none for a block that is not a paragraph.</summary>
    public IReadOnlyList<QuoteCandidate> For(Document document, Block block)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(block);
        return Quotes(document).ByBlock.GetValueOrDefault(block) ?? [];
    }

    /// <summary>The most sentences a run of the document starting at <paramref name="firstSentence"/> takes; 0 when none starts there.</summary>
    public int LongestRunFrom(Document document, int firstSentence)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Quotes(document).LongestFrom.GetValueOrDefault(firstSentence);
    }

    private DocumentQuotes Quotes(Document document) =>
        documents.GetOrAdd(document, d => new Lazy<DocumentQuotes>(() => DocumentQuotes.Find(d))).Value;

    internal static List<QuoteCandidate> Find(Document document, Block block)
    {
        var found = new List<QuoteCandidate>();
        if (block.Kind != BlockKind.Paragraph)
        {
            return found;
        }

        var sentences = block.Sentences.Select(s => FootnoteMarkers.Remove(s.Text)).ToArray();
        // A quotation the paragraph never closes is a slip of the source, not a speech that goes on.
        var closesItsQuotations = QuoteRules.IsBalanced(string.Join(' ', sentences));
        var before = string.Empty;
        for (var first = 0; first < sentences.Length; before += " " + sentences[first], first++)
        {
            // The sentences before this one left a quotation open: this one is inside it, mid-speech.
            if (closesItsQuotations && !QuoteRules.IsBalanced(before))
            {
                continue;
            }

            var text = string.Empty;
            for (var count = 1; count <= MaxSentencesPerQuote && first + count <= sentences.Length; count++)
            {
                var added = sentences[first + count - 1];
                text = count == 1 ? added : text + " " + added;
                if (text.Length > QuoteRules.MaxLength || QuoteRules.IsFragment(added, document.Language) || QuoteRules.IsDialogue(added))
                {
                    break;
                }

                if (QuoteRules.ReadsAlone(text, sentences[first], document.Language))
                {
                    found.Add(new QuoteCandidate(document, block, block.Sentences[first].Index, count, text));
                }
            }
        }

        return found;
    }
}
