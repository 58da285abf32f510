namespace StudyBot.Core.Commands;

/// <summary>How a front door that can show an instant in each reader's own zone words it.</summary>
public enum InstantStyle
{
    /// <summary>Date and time, e.g. "Thursday 26 March 2026 19:00" (Discord's <c>&lt;t:...:F&gt;</c>).</summary>
    DateTime,

    /// <summary>How far from now, e.g. "in 2 hours" (Discord's <c>&lt;t:...:R&gt;</c>).</summary>
    Relative,
}
