using System.Globalization;

namespace StudyBot.Core.Quotes;

/// <summary>
/// The sentences a channel's recent quotes showed, so that a new quote repeats none of them. A reference names only
/// a quote's first sentence, so each stands for the longest run that starts there: after a run of three sentences, the
/// middle one quoted alone would put the same words in front of the channel again.
/// </summary>
internal sealed class RecentQuotes
{
    private readonly QuoteCatalog catalog;
    private readonly Dictionary<string, List<int>> firstSentences = new(StringComparer.Ordinal);

    public RecentQuotes(IEnumerable<string> references, QuoteCatalog catalog)
    {
        this.catalog = catalog;
        foreach (var reference in references)
        {
            var hash = reference.LastIndexOf('#');
            if (hash > 0 && int.TryParse(reference.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var first))
            {
                var slug = reference[..hash];
                if (!firstSentences.TryGetValue(slug, out var firsts))
                {
                    firstSentences[slug] = firsts = [];
                }

                firsts.Add(first);
            }
        }
    }

    /// <summary>Whether <paramref name="quote"/> shares a sentence with one of the recent quotes.</summary>
    public bool Overlap(QuoteCandidate quote)
    {
        if (!firstSentences.TryGetValue(quote.Document.Slug, out var firsts))
        {
            return false;
        }

        var last = quote.FirstSentence + quote.SentenceCount - 1;
        foreach (var first in firsts)
        {
            // A run the catalog no longer starts there (the text was edited) still covers its first sentence.
            var length = Math.Max(1, catalog.LongestRunFrom(quote.Document, first));
            if (first <= last && first + length - 1 >= quote.FirstSentence)
            {
                return true;
            }
        }

        return false;
    }
}
