namespace StudyBot.Core.Platforms;

/// <summary>
/// Makes an incoming platform event run once, however often it is delivered and however many instances
/// receive it: a Discord interaction delivered twice, a Matrix event seen again after a restart.
/// </summary>
public interface IEventClaims
{
    /// <summary>
    /// Claims <paramref name="eventId"/> of <paramref name="platform"/> for the caller. Returns false when it was
    /// claimed before (by this or another instance) and has not expired; the caller then does nothing.
    /// </summary>
    /// <param name="platform">"discord" or "matrix".</param>
    /// <param name="eventId">The platform's own id of the event (interaction id, Matrix event id).</param>
    /// <param name="keepFor">How long the claim must outlive the event; platforms redeliver within minutes.</param>
    /// <param name="cancellationToken">Stops the claim.</param>
    Task<bool> TryClaimAsync(string platform, string eventId, TimeSpan keepFor, CancellationToken cancellationToken);
}
