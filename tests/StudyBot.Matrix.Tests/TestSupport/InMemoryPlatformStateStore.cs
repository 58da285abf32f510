using System.Collections.Concurrent;
using StudyBot.Core.Platforms;

namespace StudyBot.Matrix.Tests.TestSupport;

/// <summary>The platform state store in memory; one instance outlives a "restart" of the bot in a test.</summary>
public sealed class InMemoryPlatformStateStore : IPlatformStateStore
{
    public ConcurrentDictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) => Task.FromResult(Values.GetValueOrDefault(key));

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        Values[key] = value;
        return Task.CompletedTask;
    }

    public Task<string> GetOrAddAsync(string key, string value, CancellationToken cancellationToken) => Task.FromResult(Values.GetOrAdd(key, value));

    public Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        Values.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
