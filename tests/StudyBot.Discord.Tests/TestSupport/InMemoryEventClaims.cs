using System.Collections.Concurrent;
using StudyBot.Core.Platforms;

namespace StudyBot.Discord.Tests.TestSupport;

/// <summary>Event claims in memory; shared by two hosts it stands for the database two instances share.</summary>
public sealed class InMemoryEventClaims : IEventClaims
{
    private readonly ConcurrentDictionary<string, bool> _claimed = new(StringComparer.Ordinal);

    public Task<bool> TryClaimAsync(string platform, string eventId, TimeSpan keepFor, CancellationToken cancellationToken) =>
        Task.FromResult(_claimed.TryAdd(platform + "/" + eventId, true));
}
