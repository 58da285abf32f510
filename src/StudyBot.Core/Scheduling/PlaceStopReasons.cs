namespace StudyBot.Core.Scheduling;

/// <summary>
/// How a <see cref="PlaceStopReason"/> is kept in <see cref="ScheduleEntity.PauseReason"/>: as a code rather
/// than a sentence, so the status commands can say it in the reader's language.
/// </summary>
public static class PlaceStopReasons
{
    private const string Prefix = "place:";

    public static string Store(PlaceStopReason reason) => Prefix + reason.ToString();

    /// <summary>The reason a stored code names; false for a sentence the outbox wrote (a platform's refusal).</summary>
    public static bool TryRead(string? stored, out PlaceStopReason reason)
    {
        reason = default;
        return stored is not null
            && stored.StartsWith(Prefix, StringComparison.Ordinal)
            && Enum.TryParse(stored.AsSpan(Prefix.Length), ignoreCase: false, out reason)
            && Enum.IsDefined(reason);
    }
}
