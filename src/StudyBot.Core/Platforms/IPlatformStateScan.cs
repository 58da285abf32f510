namespace StudyBot.Core.Platforms;

/// <summary>
/// Families of <see cref="IPlatformStateStore"/> keys that share a prefix: a value per message or per send
/// ("matrix:txn:...", "matrix:outgoing:..."). An adapter lists a family to finish what a crash left undone, and
/// prunes it so per-message values do not pile up forever.
/// </summary>
public interface IPlatformStateScan
{
    /// <summary>Every key that starts with <paramref name="keyPrefix"/>, with its value, in ordinal key order.</summary>
    Task<IReadOnlyList<KeyValuePair<string, string>>> GetByPrefixAsync(string keyPrefix, CancellationToken cancellationToken);

    /// <summary>Forgets every key that starts with <paramref name="keyPrefix"/> and was last set before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> RemoveOlderThanAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken);
}
