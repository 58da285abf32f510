using System.Collections.Concurrent;
using StudyBot.Core.Platforms;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>The platform state store in memory; one instance outlives a "restart" of the bot in a test.</summary>
public sealed class InMemoryPlatformStateStore(TimeProvider? time = null) : IPlatformStateStore, IPlatformStateScan
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, DateTimeOffset> updated = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) => Task.FromResult(Values.GetValueOrDefault(key));

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        Values[key] = value;
        updated[key] = clock.GetUtcNow();
        return Task.CompletedTask;
    }

    public Task<string> GetOrAddAsync(string key, string value, CancellationToken cancellationToken)
    {
        updated.TryAdd(key, clock.GetUtcNow());
        return Task.FromResult(Values.GetOrAdd(key, value));
    }

    public Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        Values.TryRemove(key, out _);
        updated.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<KeyValuePair<string, string>>> GetByPrefixAsync(string keyPrefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<KeyValuePair<string, string>>>(
            Values.Where(v => v.Key.StartsWith(keyPrefix, StringComparison.Ordinal)).OrderBy(v => v.Key, StringComparer.Ordinal).ToList());

    public Task<int> RemoveOlderThanAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var stale = updated.Where(u => u.Key.StartsWith(keyPrefix, StringComparison.Ordinal) && u.Value < cutoff).Select(u => u.Key).ToList();
        foreach (var key in stale)
        {
            Values.TryRemove(key, out _);
            updated.TryRemove(key, out _);
        }

        return Task.FromResult(stale.Count);
    }
}
