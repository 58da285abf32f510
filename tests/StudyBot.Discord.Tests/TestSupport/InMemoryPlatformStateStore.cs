using System.Collections.Concurrent;
using StudyBot.Core.Platforms;

namespace StudyBot.Discord.Tests.TestSupport;

/// <summary>The platform state store in memory; one instance stands for the database across a simulated restart.</summary>
public sealed class InMemoryPlatformStateStore : IPlatformStateStore
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Values => _values;

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_values.TryGetValue(key, out var value) ? value : null);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        _values[key] = value;
        return Task.CompletedTask;
    }

    public Task<string> GetOrAddAsync(string key, string value, CancellationToken cancellationToken) =>
        Task.FromResult(_values.GetOrAdd(key, value));

    public Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        _values.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
