using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Settings;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Excerpts;

/// <summary>A daily excerpt's event: draw the next card of the channel's deck and post it as a quote.</summary>
public sealed class ExcerptScheduleHandler : IScheduleHandler
{
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
            schedule.LastError = ScheduleErrors.Store(ScheduleError.NoEligiblePassage, subscription.SourceName);
            return null;
        }

        return Post(card, await CommunityLanguage.OfAsync(db, schedule.CommunityId, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The post of <paramref name="card"/> under the day's heading, in the community's <paramref name="language"/>.</summary>
    public static OutboxContent Post(ExcerptCandidate card, Corpus.Language language)
    {
        ArgumentNullException.ThrowIfNull(card);
        return OutboxContent.Quote(card.Text, card.Source, ExcerptTexts.Heading.In(language), language);
    }
}
