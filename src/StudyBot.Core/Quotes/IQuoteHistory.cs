namespace StudyBot.Core.Quotes;

/// <summary>The quotes a channel was served lately, so <see cref="QuoteFinder"/> can avoid repeating them.</summary>
public interface IQuoteHistory
{
    /// <summary>The channel's last <see cref="QuoteHistory.Length"/> quote references, oldest first.</summary>
    Task<IReadOnlyList<string>> RecentAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>
    /// Remembers that <paramref name="reference"/> was just quoted in the channel, forgetting beyond the last
    /// <see cref="QuoteHistory.Length"/>. The quote counts for <see cref="RecentAsync"/> at once; the task completes
    /// when it is stored, or storing it failed (and was logged): it does not fail.
    /// </summary>
    Task AddAsync(string channelId, string reference, CancellationToken cancellationToken);
}
