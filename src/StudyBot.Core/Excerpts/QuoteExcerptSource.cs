using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;
using StudyBot.Core.Quotes;

namespace StudyBot.Core.Excerpts;

/// <summary>
/// Daily excerpts are quotable passages: the longest quotable run at each point of the text, without
/// overlaps, so a round of the deck never posts the same sentence twice.
/// </summary>
public sealed class QuoteExcerptSource : IExcerptSource
{
    private readonly QuoteCatalog quotes;

    public QuoteExcerptSource(QuoteCatalog quotes)
    {
        this.quotes = quotes;
    }

    public IReadOnlyList<ExcerptCandidate> Candidates(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var excerpts = new List<ExcerptCandidate>();
        var nextFreeSentence = 0;
        foreach (var run in quotes.For(document).GroupBy(c => c.FirstSentence))
        {
            if (run.Key < nextFreeSentence)
            {
                continue;
            }

            var longest = run.MaxBy(c => c.SentenceCount)!;
            nextFreeSentence = longest.FirstSentence + longest.SentenceCount;
            excerpts.Add(new ExcerptCandidate(
                longest.Reference,
                longest.Text,
                DocumentAttribution.Of(document, longest.Block.SectionIndex),
                longest.Block.SectionIndex));
        }

        return excerpts;
    }
}
