namespace StudyBot.Core.Platforms;

/// <summary>A handled event and the <see cref="IPlatformStateStore"/> values it leaves, stored only with its claim.</summary>
/// <param name="EventId">The platform's id of the event.</param>
/// <param name="State">Keys and values to store (replacing earlier values) when the event's claim succeeds.</param>
public sealed record EventOutcome(string EventId, IReadOnlyList<KeyValuePair<string, string>> State);
