using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Excerpts;

/// <summary>A daily excerpt's event: draw the next card of the channel's deck and post it as a quote.</summary>
public sealed class ExcerptScheduleHandler : IScheduleHandler
{
    public const string Heading = "Excerpt of the day";

    private readonly ExcerptDeck deck;

    public ExcerptScheduleHandler(ExcerptDeck deck)
    {
        this.deck = deck;
    }

    public ScheduleKind Kind => ScheduleKind.Excerpt;

    public async Task<OutboxContent?> PrepareAsync(StudyBotDbContext db, ScheduleEntity schedule, ScheduleEvent scheduleEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(scheduleEvent);
        var subscription = await db.ExcerptSubscriptions.FirstOrDefaultAsync(s => s.ScheduleId == schedule.Id, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            return null;
        }

        var card = await deck.DrawAsync(db, subscription, scheduleEvent.FireUtc, cancellationToken).ConfigureAwait(false);
        if (card is null)
        {
            schedule.LastError = $"No eligible passage in {subscription.SourceName}; nothing was posted.";
            return null;
        }

        return OutboxContent.Quote(card.Text, card.Source, Heading);
    }
}
