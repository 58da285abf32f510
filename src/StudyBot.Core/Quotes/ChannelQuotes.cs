namespace StudyBot.Core.Quotes;

/// <summary>
/// What one instance knows of a channel's recent quotes (<see cref="StoredQuoteHistory"/>): the stored list as last
/// read, with this instance's own quotes since, including those not yet committed. Callers hold its lock.
/// </summary>
internal sealed class ChannelQuotes
{
    private readonly List<string> recent = new(QuoteHistory.Length + 1);
    private readonly List<string> pending = [];
    private DateTimeOffset? readAt;
    private int addsSinceTrim = QuoteHistory.Length;

    public ChannelQuotes(DateTimeOffset now)
    {
        LastUsed = now;
    }

    /// <summary>The read of the stored list under way, which callers that find the list stale await together.</summary>
    public Task? Reading { get; set; }

    public DateTimeOffset LastUsed { get; private set; }

    /// <summary>True while nothing is being written or read, so forgetting the channel loses nothing.</summary>
    public bool Idle => pending.Count == 0 && Reading is null;

    /// <summary>Marks the channel used at <paramref name="now"/>; true when the stored list was read less than <paramref name="rereadAfter"/> ago.</summary>
    public bool UsedWhileFresh(DateTimeOffset now, TimeSpan rereadAfter)
    {
        LastUsed = now;
        return readAt is { } read && now - read < rereadAfter;
    }

    public string[] Recent() => [.. recent];

    /// <summary>
    /// Takes the stored list (oldest first) as read at <paramref name="now"/>; this instance's quotes whose writes were
    /// still queued may be missing from it and stay after it.
    /// </summary>
    public void Read(IReadOnlyList<string> stored, DateTimeOffset now)
    {
        recent.Clear();
        recent.AddRange(stored);
        recent.AddRange(pending.Where(p => !stored.Contains(p, StringComparer.Ordinal)));
        Trim();
        readAt = now;
    }

    /// <summary>Remembers a quote whose write is queued; true when this write should also drop the channel's old rows.</summary>
    public bool Add(string reference)
    {
        recent.Add(reference);
        Trim();
        pending.Add(reference);
        if (++addsSinceTrim < QuoteHistory.Length)
        {
            return false;
        }

        addsSinceTrim = 0;
        return true;
    }

    /// <summary>The quote's write finished (committed or failed): a later read of the stored list decides.</summary>
    public void Written(string reference) => pending.Remove(reference);

    private void Trim()
    {
        if (recent.Count > QuoteHistory.Length)
        {
            recent.RemoveRange(0, recent.Count - QuoteHistory.Length);
        }
    }
}
