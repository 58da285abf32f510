namespace StudyBot.Core.Scheduling;

/// <summary>What went wrong with a scheduled post, kept as a code so status lines say it in the reader's language.</summary>
public enum ScheduleError
{
    /// <summary>The excerpt source had nothing left to post. Argument: the source's name.</summary>
    NoEligiblePassage,

    /// <summary>The occurrence was missed by more than the grace window. Arguments: the due instant (Unix seconds), the zone, how late, the window.</summary>
    MissedBeyondGrace,

    /// <summary>A post stayed unsent past the grace window. Arguments: how long after its time, the last error if any.</summary>
    UnsentBeyondGrace,

    /// <summary>A try failed and will be retried. Arguments: the attempt number, the failure as the platform said it.</summary>
    AttemptFailed,

    /// <summary>The platform refused the post for good. Arguments: the channel, the refusal as the platform said it.</summary>
    Refused,

    /// <summary>A pending post was dropped because its schedule was paused.</summary>
    SchedulePaused,

    /// <summary>A pending post was dropped because its schedule was stopped.</summary>
    ScheduleStopped,
}
