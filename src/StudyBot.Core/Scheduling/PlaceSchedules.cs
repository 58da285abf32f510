using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// What the front doors tell the schedules about places: a channel or community the bot can no longer reach
/// stops its schedules (with the reason the status commands show), and a room that moved to a successor takes
/// its schedules, excerpt subscriptions and unsent posts along.
/// </summary>
/// <remarks>
/// Each change is one conditional update that bumps the schedule's revision, so a run of the same schedule
/// that is under way loses its race and posts nothing; the Quartz triggers are removed afterwards, and a
/// trigger that fires before that removes itself because the schedule is no longer active.
/// </remarks>
public sealed partial class PlaceSchedules
{
    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly ScheduleTriggers triggers;
    private readonly ILogger<PlaceSchedules> logger;

    public PlaceSchedules(IDbContextFactory<StudyBotDbContext> contexts, ScheduleTriggers triggers, ILogger<PlaceSchedules> logger)
    {
        this.contexts = contexts;
        this.triggers = triggers;
        this.logger = logger;
    }

    /// <summary>Stops every schedule that posts in <paramref name="channelId"/> (platform-qualified); returns how many it stopped.</summary>
    public Task<int> StopChannelAsync(string channelId, PlaceStopReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        return StopAsync(db => db.Schedules.Where(s => s.ChannelId == channelId), reason, cancellationToken);
    }

    /// <summary>Stops every schedule of <paramref name="communityId"/> (platform-qualified); returns how many it stopped.</summary>
    public Task<int> StopCommunityAsync(string communityId, PlaceStopReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(communityId);
        return StopAsync(db => db.Schedules.Where(s => s.CommunityId == communityId), reason, cancellationToken);
    }

    /// <summary>
    /// Moves the schedules, excerpt subscriptions and unsent outbox rows of <paramref name="fromChannelId"/> to
    /// <paramref name="toChannelId"/> (a Matrix room replaced by its successor); returns how many schedules moved.
    /// </summary>
    public async Task<int> MoveChannelAsync(string fromChannelId, string toChannelId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromChannelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toChannelId);
        if (fromChannelId == toChannelId)
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var moved = await db.Schedules.Where(s => s.ChannelId == fromChannelId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ChannelId, toChannelId).SetProperty(x => x.Revision, x => x.Revision + 1), cancellationToken)
            .ConfigureAwait(false);
        await db.ExcerptSubscriptions.Where(s => s.ChannelId == fromChannelId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ChannelId, toChannelId), cancellationToken).ConfigureAwait(false);

        // A row being sent keeps its lease and its key; should that attempt fail, the retry goes to the successor.
        await db.Outbox.Where(o => o.ChannelId == fromChannelId && (o.Status == OutboxStatus.Pending || o.Status == OutboxStatus.Sending))
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ChannelId, toChannelId), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogMoved(moved, fromChannelId, toChannelId);
        return moved;
    }

    private async Task<int> StopAsync(Func<StudyBotDbContext, IQueryable<ScheduleEntity>> place, PlaceStopReason reason, CancellationToken cancellationToken)
    {
        var stored = PlaceStopReasons.Store(reason);
        List<ScheduleEntity> stopped;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var ids = await place(db).Where(s => s.State != ScheduleState.Stopped).Select(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (ids.Count == 0)
            {
                return 0;
            }

            await db.Schedules.Where(s => ids.Contains(s.Id))
                .ExecuteUpdateAsync(
                    s => s.SetProperty(x => x.State, ScheduleState.Stopped).SetProperty(x => x.PauseReason, stored)
                        .SetProperty(x => x.NextEventUtc, (DateTimeOffset?)null).SetProperty(x => x.Revision, x => x.Revision + 1),
                    cancellationToken)
                .ConfigureAwait(false);
            await db.Outbox.Where(o => ids.Contains(o.ScheduleId) && o.Status == OutboxStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Skipped).SetProperty(o => o.LastError, ScheduleErrors.Store(ScheduleError.ScheduleStopped)), cancellationToken)
                .ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            stopped = await db.Schedules.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await triggers.PlanAsync(stopped, cancellationToken).ConfigureAwait(false);
        }
        catch (Quartz.SchedulerException failure)
        {
            // The stop is saved; a trigger left behind finds the schedule stopped when it fires and removes itself.
            LogTriggersNotRemoved(failure, stopped.Count);
        }

        LogStopped(stopped.Count, reason);
        return stopped.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped {Count} schedules: {Reason}")]
    private partial void LogStopped(int count, PlaceStopReason reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} schedules from {FromChannelId} to {ToChannelId}")]
    private partial void LogMoved(int count, string fromChannelId, string toChannelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove the Quartz triggers of {Count} stopped schedules; each removes itself when it fires")]
    private partial void LogTriggersNotRemoved(Exception exception, int count);
}
