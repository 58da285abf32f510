using StudyBot.Core.Storage;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// Turns the events of one kind of schedule into posts: the reading circle's reminders and moves, the daily
/// excerpt's draws. Register one per <see cref="ScheduleKind"/>.
/// </summary>
public interface IScheduleHandler
{
    ScheduleKind Kind { get; }

    /// <summary>
    /// Applies <paramref name="scheduleEvent"/> to <paramref name="db"/> (without saving: the runner saves it
    /// together with the outbox row and the schedule's cursor) and returns what to post, or null for nothing.
    /// May set the schedule's state to <see cref="ScheduleState.Stopped"/>, e.g. at the end of a reading list.
    /// </summary>
    Task<OutboxContent?> PrepareAsync(StudyBotDbContext db, ScheduleEntity schedule, ScheduleEvent scheduleEvent, CancellationToken cancellationToken);
}
