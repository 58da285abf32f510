using System.Collections.Concurrent;
using StudyBot.Core.Platforms;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>Event claims in memory; shared between two bot instances in a test to stand for the shared database.</summary>
public sealed class InMemoryEventClaims : IEventClaims
{
    private readonly ConcurrentDictionary<string, byte> claimed = new(StringComparer.Ordinal);

    public Task<bool> TryClaimAsync(string platform, string eventId, TimeSpan keepFor, CancellationToken cancellationToken) =>
        Task.FromResult(claimed.TryAdd(platform + ":" + eventId, 0));

    public bool IsClaimed(string platform, string eventId) => claimed.ContainsKey(platform + ":" + eventId);
}
