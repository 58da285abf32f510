using Microsoft.Extensions.Options;

namespace StudyBot.Core.Scheduling;

/// <summary>How scheduled posts are timed, retried and caught up (section <c>StudyBot:Scheduling</c>).</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "StudyBot:Scheduling";

    /// <summary>An occurrence missed while the bot was down is still posted (marked late) within this window, else skipped and recorded.</summary>
    public TimeSpan GraceWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>A post that leaves later than this after its time says it is late.</summary>
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wait before the first retry of a failed send; doubled on each further attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait between retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a sender owns a claimed post; after that another sender (or instance) may take it.</summary>
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the outbox is checked when nothing signalled new posts (retries, other instances).</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often schedules whose event is due are looked for, besides their Quartz triggers.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long after a meeting starts the circle moves on to the next reading.</summary>
    public TimeSpan MeetingLength { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How many channels the outbox posts to at once. Posts to one channel keep their order; a channel that waits
    /// for its platform's rate limit does not hold up the others.
    /// </summary>
    public int ParallelChannels { get; set; } = 32;

    /// <summary>Quartz scheduler name; instances sharing a PostgreSQL database must use the same one.</summary>
    public string SchedulerName { get; set; } = "StudyBot";
}

/// <summary>Reports every problem with <see cref="SchedulingOptions"/> at once, at start-up.</summary>
internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var problems = new List<string>();
        Check(options.GraceWindow, TimeSpan.FromMinutes(1), TimeSpan.FromDays(7), nameof(options.GraceWindow));
        Check(options.LateAfter, TimeSpan.Zero, options.GraceWindow, nameof(options.LateAfter));
        Check(options.RetryDelay, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1), nameof(options.RetryDelay));
        Check(options.MaxRetryDelay, options.RetryDelay, TimeSpan.FromHours(6), nameof(options.MaxRetryDelay));
        Check(options.SendLease, TimeSpan.FromSeconds(5), TimeSpan.FromHours(1), nameof(options.SendLease));
        Check(options.OutboxPollInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10), nameof(options.OutboxPollInterval));
        Check(options.SweepInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromHours(1), nameof(options.SweepInterval));
        Check(options.MeetingLength, TimeSpan.Zero, TimeSpan.FromDays(1), nameof(options.MeetingLength));
        if (options.ParallelChannels is < 1 or > 256)
        {
            problems.Add($"StudyBot:Scheduling:ParallelChannels is {options.ParallelChannels}; it must be between 1 and 256.");
        }

        if (string.IsNullOrWhiteSpace(options.SchedulerName))
        {
            problems.Add("StudyBot:Scheduling:SchedulerName must not be empty.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);

        void Check(TimeSpan value, TimeSpan min, TimeSpan max, string key)
        {
            if (value < min || value > max)
            {
                problems.Add($"StudyBot:Scheduling:{key} is {value}; it must be between {min} and {max}.");
            }
        }
    }
}
