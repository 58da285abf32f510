using System.Collections.Concurrent;
using StudyBot.Core.Platforms;

namespace StudyBot.Core.Tests.Commands;

/// <summary>An in-memory <see cref="IPlatformStateStore"/> standing in for the EF one of the state branch.</summary>
internal sealed class MemoryPlatformStateStore : IPlatformStateStore
{
    public ConcurrentDictionary<string, string> Values { get; } = new();

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
