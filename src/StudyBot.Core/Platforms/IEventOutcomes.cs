namespace StudyBot.Core.Platforms;

/// <summary>
/// Claims a platform's incoming events after they were handled, together with what handling them left to do (replies
/// to send), in one transaction: either an event counts as handled and its replies are stored, or neither happened.
/// </summary>
/// <remarks>
/// The claims are those of <see cref="IEventClaims"/> (one table, one key per platform and event), so the two can be
/// mixed. Claiming after the fact closes the window in which a crash between claim and stored reply lost the reply;
/// the price is that a crash before the commit lets the event run again when it is redelivered.
/// </remarks>
public interface IEventOutcomes
{
    /// <summary>The ids among <paramref name="eventIds"/> that hold a live claim: handled before, not to run again.</summary>
    Task<IReadOnlySet<string>> ClaimedAsync(string platform, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction, claims every event of <paramref name="outcomes"/> for <paramref name="keepFor"/> and stores
    /// the state values of each event whose claim succeeded; an event another instance claimed meanwhile leaves nothing.
    /// Returns the ids claimed by this call.
    /// </summary>
    /// <param name="platform">"discord" or "matrix".</param>
    /// <param name="outcomes">The handled events, each with the platform state values it leaves (may be none).</param>
    /// <param name="keepFor">How long the claims must outlive the events.</param>
    /// <param name="cancellationToken">Stops the commit; nothing is stored then.</param>
    Task<IReadOnlySet<string>> CommitAsync(string platform, IReadOnlyList<EventOutcome> outcomes, TimeSpan keepFor, CancellationToken cancellationToken);
}
