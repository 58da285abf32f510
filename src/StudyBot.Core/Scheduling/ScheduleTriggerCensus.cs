using Microsoft.EntityFrameworkCore;
using Quartz;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// Counts the active schedules against the Quartz triggers stored for them. A schedule without a trigger still runs,
/// but only when the sweeper next looks (<see cref="SchedulingOptions.SweepInterval"/>), so it posts late; many at
/// once mean Quartz looks for its triggers elsewhere (another scheduler name or database).
/// </summary>
public sealed class ScheduleTriggerCensus
{
    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly ISchedulerFactory schedulers;

    public ScheduleTriggerCensus(IDbContextFactory<StudyBotDbContext> contexts, ISchedulerFactory schedulers)
    {
        this.contexts = contexts;
        this.schedulers = schedulers;
    }

    public async Task<TriggerCensus> TakeAsync(CancellationToken cancellationToken)
    {
        List<long> ids;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            ids = await db.Schedules.AsNoTracking()
                .Where(s => s.State == ScheduleState.Active && s.NextEventUtc != null)
                .Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(ScheduleTriggers.Group), cancellationToken).ConfigureAwait(false);
        var triggered = triggers.ToHashSet();
        return new TriggerCensus(ids.Count, triggers.Count, ids.Count(id => !triggered.Contains(ScheduleTriggers.KeyOf(id))));
    }
}
