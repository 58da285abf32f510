using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Settings;
using StudyBot.Core.Storage;

namespace StudyBot.Core.ReadingCircles;

/// <summary>
/// A circle's events: reminders naming the current reading (and the role, when one is set), and after each
/// meeting the move to the next reading, or the announcement that the list is done and the circle stops.
/// </summary>
public sealed class CircleScheduleHandler : IScheduleHandler
{
    private readonly CorpusLibrary corpus;

    public CircleScheduleHandler(CorpusLibrary corpus)
    {
        this.corpus = corpus;
    }

    public ScheduleKind Kind => ScheduleKind.Circle;

    public async Task<OutboxContent?> PrepareAsync(StudyBotDbContext db, ScheduleEntity schedule, ScheduleEvent scheduleEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(scheduleEvent);
        var circle = await CircleLookup.ForScheduleAsync(db, schedule.Id, cancellationToken).ConfigureAwait(false);
        var language = await CommunityLanguage.OfAsync(db, schedule.CommunityId, cancellationToken).ConfigureAwait(false);
        var items = circle?.ReadingList?.Items ?? [];
        if (circle is null || circle.Position >= items.Count)
        {
            // The list lost its readings under the circle (removed items): there is nothing left to meet about.
            schedule.State = ScheduleState.Stopped;
            return OutboxContent.Message(CircleTexts.NothingLeft, language);
        }

        return scheduleEvent.Kind == ScheduleEventKind.Reminder
            ? Reminder(circle, items[circle.Position], schedule, scheduleEvent, language)
            : MoveOn(db, circle, items, schedule, scheduleEvent, language);
    }

    // The role is a field of the post, never text: only a front door that may ping it renders the mention.
    private OutboxContent Reminder(CircleEntity circle, ReadingListItemEntity item, ScheduleEntity schedule, ScheduleEvent scheduleEvent, Language language)
    {
        var meeting = ScheduleStatus.At(scheduleEvent.OccurrenceUtc, schedule.TimeZoneId, language);
        var inTime = new TextRun(ReminderOffsets.Describe(scheduleEvent.Offset), false)
        {
            Instant = new ShownInstant(scheduleEvent.OccurrenceUtc, schedule.TimeZoneId, InstantStyle.Relative),
        };
        var body = RichText.Format(
            CircleTexts.Reminder, language, circle.ReadingList!.Name, meeting, inTime, circle.Position + 1, circle.ReadingList.Items.Count, ReadingListLookup.Describe(item, corpus));
        return OutboxContent.Message(body, language, circle.RoleId);
    }

    private static OutboxContent? MoveOn(
        StudyBotDbContext db, CircleEntity circle, List<ReadingListItemEntity> items, ScheduleEntity schedule, ScheduleEvent scheduleEvent, Language language)
    {
        var item = items[circle.Position];
        db.CircleHistory.Add(new CircleHistoryEntity
        {
            CircleId = circle.Id,
            Position = circle.Position,
            DocumentSlug = item.DocumentSlug,
            SectionIndex = item.SectionIndex,
            AtUtc = scheduleEvent.OccurrenceUtc,
            Outcome = "met",
        });
        circle.Position++;
        if (circle.Position < items.Count)
        {
            return null;
        }

        schedule.State = ScheduleState.Stopped;
        return OutboxContent.Message(CircleTexts.AllDone, language, circle.ReadingList!.Name, items.Count);
    }
}

/// <summary>Finds circles with their reading list loaded in order.</summary>
public static class CircleLookup
{
    public static async Task<CircleEntity?> ForScheduleAsync(StudyBotDbContext db, long scheduleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var circle = await db.Circles.Include(c => c.Schedule).Include(c => c.ReadingList).ThenInclude(l => l!.Items)
            .FirstOrDefaultAsync(c => c.ScheduleId == scheduleId, cancellationToken).ConfigureAwait(false);
        circle?.ReadingList?.Items.Sort((a, b) => a.Position.CompareTo(b.Position));
        return circle;
    }

    /// <summary>The community's circle that is not stopped, if any.</summary>
    public static async Task<CircleEntity?> CurrentAsync(StudyBotDbContext db, string communityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var scheduleId = await db.Circles.Where(c => c.CommunityId == communityId && c.Schedule.State != ScheduleState.Stopped)
            .OrderByDescending(c => c.Id).Select(c => (long?)c.ScheduleId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return scheduleId is { } id ? await ForScheduleAsync(db, id, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>The community's latest circle when a front door stopped it (its channel or server is gone), so status can say why.</summary>
    public static async Task<CircleEntity?> StoppedByPlaceAsync(StudyBotDbContext db, string communityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.Circles.Where(c => c.CommunityId == communityId).OrderByDescending(c => c.Id)
            .Select(c => new { c.ScheduleId, c.Schedule.State, c.Schedule.PauseReason }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return latest is { State: ScheduleState.Stopped } && PlaceStopReasons.TryRead(latest.PauseReason, out _)
            ? await ForScheduleAsync(db, latest.ScheduleId, cancellationToken).ConfigureAwait(false)
            : null;
    }
}
