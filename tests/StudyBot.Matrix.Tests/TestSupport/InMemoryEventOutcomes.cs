using StudyBot.Core.Platforms;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>
/// <see cref="IEventOutcomes"/> over the in-memory claims and store of a test: an event's values are stored only when
/// its claim succeeds. Not one transaction, which a test in one process does not need.
/// </summary>
public sealed class InMemoryEventOutcomes(InMemoryEventClaims claims, InMemoryPlatformStateStore store) : IEventOutcomes
{
    public Task<IReadOnlySet<string>> ClaimedAsync(string platform, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(eventIds.Where(id => claims.IsClaimed(platform, id)).ToHashSet(StringComparer.Ordinal));

    public async Task<IReadOnlySet<string>> CommitAsync(string platform, IReadOnlyList<EventOutcome> outcomes, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (!await claims.TryClaimAsync(platform, outcome.EventId, keepFor, cancellationToken))
            {
                continue;
            }

            claimed.Add(outcome.EventId);
            foreach (var (key, value) in outcome.State)
            {
                await store.SetAsync(key, value, cancellationToken);
            }
        }

        return claimed;
    }
}
