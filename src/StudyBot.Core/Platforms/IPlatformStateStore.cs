namespace StudyBot.Core.Platforms;

/// <summary>
/// Small durable values a platform adapter must keep across restarts and share between instances: a Matrix
/// sync token and device id, a Discord identify budget, the hash of the last registered command set, the
/// transaction id of a send in flight. Keys are namespaced by platform ("matrix:since", "discord:commands-hash").
/// </summary>
public interface IPlatformStateStore
{
    /// <summary>The stored value, or null when the key was never set.</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any earlier value.</summary>
    Task SetAsync(string key, string value, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="value"/> only when the key is absent and returns the value now stored, so two
    /// callers racing for one key (a transaction id chosen before the first try of a send) agree on one value.
    /// </summary>
    Task<string> GetOrAddAsync(string key, string value, CancellationToken cancellationToken);

    /// <summary>Forgets the key; nothing happens when it is absent.</summary>
    Task RemoveAsync(string key, CancellationToken cancellationToken);
}
