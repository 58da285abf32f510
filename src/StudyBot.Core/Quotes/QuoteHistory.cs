using System.Collections.Concurrent;

namespace StudyBot.Core.Quotes;

/// <summary>A channel's recent quotes in memory, for a bot without storage; <see cref="StoredQuoteHistory"/> keeps them across restarts.</summary>
public sealed class QuoteHistory : IQuoteHistory
{
    /// <summary>How many of a channel's last quotes are not repeated.</summary>
    public const int Length = 50;

    private readonly ConcurrentDictionary<string, Queue<string>> channels = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<string>> RecentAsync(string channelId, CancellationToken cancellationToken)
    {
        if (!channels.TryGetValue(channelId, out var recent))
        {
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        lock (recent)
        {
            return Task.FromResult<IReadOnlyList<string>>(recent.ToArray());
        }
    }

    public Task AddAsync(string channelId, string reference, CancellationToken cancellationToken)
    {
        var recent = channels.GetOrAdd(channelId, _ => new Queue<string>(Length + 1));
        lock (recent)
        {
            recent.Enqueue(reference);
            while (recent.Count > Length)
            {
                recent.Dequeue();
            }
        }

        return Task.CompletedTask;
    }
}
