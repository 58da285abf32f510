using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Posting;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Scheduling;

/// <summary>
/// Sends due outbox rows through the platform's <see cref="IChannelPoster"/>: claims them with a lease so no
/// other sender (or instance) takes them, posts, and records the outcome.
/// </summary>
/// <remarks>
/// A crash between posting and recording leaves the row claimed; when the lease runs out it is sent again
/// with the same idempotency key, which Discord (nonce) and Matrix (transaction id) use to show it once.
/// So the outbox is at-least-once towards the platform and exactly-once in the channel where the platform
/// deduplicates. A transient failure is retried with doubling delays (or after the platform's retry-after, when
/// longer) until the grace window closes; a
/// permanent one pauses the schedule and says why in its status.
/// </remarks>
public sealed partial class OutboxSender : IDisposable
{
    // Channels of one batch are posted to side by side, but the next batch waits for the batch's slowest channel:
    // a batch large enough for a whole burst (every community's excerpt at 07:30) keeps each channel at its own
    // rate-limit pace. At Discord's global 50 requests a second, 500 posts take about 10 s, well inside the lease.
    private const int BatchSize = 500;

    // One drain at a time in this process: a drain that found every due row claimed by a concurrent drain here
    // would otherwise return while those posts were still in flight, breaking "sent everything due now".
    // Leases still keep other instances apart.
    private readonly SemaphoreSlim draining = new(1, 1);

    // Outcomes are recorded one at a time in this process, each in one transaction. SQLite takes one writer at a time
    // and makes the others sleep and try again, with pauses that grow to 100 ms: with twenty channels posting side by
    // side, a post's bookkeeping waited up to 2 s there and its channel's next post with it, and the burst reached
    // 87% of the allowed rate. Queued here, they go in order without the pauses.
    private readonly SemaphoreSlim recording = new(1, 1);

    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly Dictionary<string, IChannelPoster> posters;
    private readonly TimeProvider time;
    private readonly SchedulingOptions options;
    private readonly ILogger<OutboxSender> logger;

    public OutboxSender(
        IDbContextFactory<StudyBotDbContext> contexts,
        IEnumerable<IChannelPoster> posters,
        TimeProvider time,
        IOptions<SchedulingOptions> options,
        ILogger<OutboxSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.contexts = contexts;
        this.posters = posters.ToDictionary(p => p.Platform, StringComparer.Ordinal);
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary>
    /// Sends everything due now; returns how many posts this call sent. When it returns, every post that was
    /// due has been sent or its failure recorded, also those a concurrent drain in this process had claimed.
    /// </summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        await draining.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sent = 0;
            while (true)
            {
                var (token, batch) = await ClaimAsync(cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    return sent;
                }

                sent += await SendByChannelAsync(batch, token, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            draining.Release();
        }
    }

    public void Dispose()
    {
        draining.Dispose();
        recording.Dispose();
    }

    private async Task RecordAsync(Func<StudyBotDbContext, Task> write, CancellationToken cancellationToken)
    {
        await recording.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await write(db).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            recording.Release();
        }
    }

    /// <summary>
    /// Sends each channel's posts in their order, several channels at once: a platform rate-limits per channel,
    /// so one channel waiting for its window must not keep the others from theirs.
    /// </summary>
    private async Task<int> SendByChannelAsync(List<OutboxPostEntity> batch, Guid token, CancellationToken cancellationToken)
    {
        var sent = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.ParallelChannels, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batch.GroupBy(p => p.ChannelId, StringComparer.Ordinal), parallel, async (channel, ct) =>
        {
            foreach (var post in channel)
            {
                if (await SendAsync(post, token, ct).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref sent);
                }
            }
        }).ConfigureAwait(false);
        return sent;
    }

    private async Task<(Guid Token, List<OutboxPostEntity> Batch)> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var token = Guid.NewGuid();
        var leaseUntil = now + options.SendLease;
        var due = await Due(db, now).OrderBy(o => o.ScheduledUtc).Select(o => o.Id).Take(BatchSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (due.Count == 0)
        {
            return (token, []);
        }

        // The due condition is repeated in the update, so a row another sender claimed meanwhile is not taken twice.
        await Due(db, now).Where(o => due.Contains(o.Id))
            .ExecuteUpdateAsync(
                s => s.SetProperty(o => o.Status, OutboxStatus.Sending).SetProperty(o => o.LeaseToken, token).SetProperty(o => o.LeaseUntilUtc, leaseUntil),
                cancellationToken)
            .ConfigureAwait(false);
        var batch = await db.Outbox.AsNoTracking().Where(o => o.LeaseToken == token).OrderBy(o => o.ScheduledUtc)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (token, batch);
    }

    private static IQueryable<OutboxPostEntity> Due(StudyBotDbContext db, DateTimeOffset now) =>
        db.Outbox.Where(o => (o.Status == OutboxStatus.Pending && o.NextAttemptUtc <= now)
            || (o.Status == OutboxStatus.Sending && o.LeaseUntilUtc < now));

    private async Task<bool> SendAsync(OutboxPostEntity post, Guid token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - post.ScheduledUtc > options.GraceWindow)
        {
            var reason = ScheduleErrors.Store(ScheduleError.UnsentBeyondGrace, ScheduleErrors.Seconds(now - post.ScheduledUtc), post.LastError ?? string.Empty);
            await FinishAsync(post, token, OutboxStatus.Skipped, reason, late: false, messageId: null, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var late = now - post.ScheduledUtc > options.LateAfter;
        string? messageId;
        try
        {
            if (!posters.TryGetValue(ChannelIds.PlatformOf(post.ChannelId), out var poster))
            {
                throw new PostFailedException($"No front door for '{ChannelIds.PlatformOf(post.ChannelId)}' is running.", permanent: false);
            }

            messageId = await poster.PostAsync(post.ChannelId, OutboxContent.FromJson(post.Content).ToReply(late), post.OccurrenceKey, cancellationToken).ConfigureAwait(false);
        }
        catch (PostFailedException failure) when (failure.Permanent)
        {
            await FailPermanentlyAsync(post, token, failure.Message, cancellationToken).ConfigureAwait(false);
            return false;
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RetryLaterAsync(post, token, failure, cancellationToken).ConfigureAwait(false);
            return false;
        }

        await FinishAsync(post, token, OutboxStatus.Sent, null, late, messageId, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task FinishAsync(OutboxPostEntity post, Guid token, OutboxStatus status, string? error, bool late, string? messageId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await RecordAsync(async db =>
        {
            await db.Outbox.Where(o => o.Id == post.Id && o.LeaseToken == token)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(o => o.Status, status).SetProperty(o => o.SentUtc, status == OutboxStatus.Sent ? now : null)
                        .SetProperty(o => o.Late, late).SetProperty(o => o.LastError, error).SetProperty(o => o.LeaseUntilUtc, (DateTimeOffset?)null)
                        .SetProperty(o => o.PlatformMessageId, messageId),
                    cancellationToken)
                .ConfigureAwait(false);
            if (status == OutboxStatus.Sent)
            {
                await db.Schedules.Where(s => s.Id == post.ScheduleId)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSentUtc, now), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await db.Schedules.Where(s => s.Id == post.ScheduleId)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastError, error), cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task RetryLaterAsync(OutboxPostEntity post, Guid token, Exception failure, CancellationToken cancellationToken)
    {
        var attempts = post.Attempts + 1;
        var backoff = TimeSpan.FromTicks(Math.Min(options.MaxRetryDelay.Ticks, options.RetryDelay.Ticks * (1L << Math.Min(attempts - 1, 20))));

        // Trying before the platform's retry-after only earns another refusal (and on Discord, a longer ban).
        var delay = failure is PostFailedException { RetryAfter: { } asked } && asked > backoff ? asked : backoff;
        var error = ScheduleErrors.Store(ScheduleError.AttemptFailed, attempts, failure.Message);
        LogRetry(post.OccurrenceKey, attempts, delay, failure.Message);
        var retryAt = time.GetUtcNow() + delay;
        await RecordAsync(async db =>
        {
            await db.Outbox.Where(o => o.Id == post.Id && o.LeaseToken == token)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(o => o.Status, OutboxStatus.Pending).SetProperty(o => o.Attempts, attempts)
                        .SetProperty(o => o.NextAttemptUtc, retryAt).SetProperty(o => o.LastError, error).SetProperty(o => o.LeaseToken, (Guid?)null),
                    cancellationToken)
                .ConfigureAwait(false);
            await db.Schedules.Where(s => s.Id == post.ScheduleId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastError, error), cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task FailPermanentlyAsync(OutboxPostEntity post, Guid token, string message, CancellationToken cancellationToken)
    {
        var reason = ScheduleErrors.Store(ScheduleError.Refused, post.ChannelId, message);
        LogPermanentFailure(post.OccurrenceKey, message);
        await RecordAsync(async db =>
        {
            await db.Outbox.Where(o => o.Id == post.Id && o.LeaseToken == token)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Failed).SetProperty(o => o.LastError, reason), cancellationToken)
                .ConfigureAwait(false);
            await db.Outbox.Where(o => o.ScheduleId == post.ScheduleId && o.Status == OutboxStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OutboxStatus.Skipped).SetProperty(o => o.LastError, ScheduleErrors.Store(ScheduleError.SchedulePaused)), cancellationToken)
                .ConfigureAwait(false);

            // The schedule's trigger sees the pause the next time it fires and removes itself.
            await db.Schedules.Where(s => s.Id == post.ScheduleId && s.State == ScheduleState.Active)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(x => x.State, ScheduleState.Paused).SetProperty(x => x.PauseReason, reason)
                        .SetProperty(x => x.LastError, reason).SetProperty(x => x.NextEventUtc, (DateTimeOffset?)null).SetProperty(x => x.Revision, x => x.Revision + 1),
                    cancellationToken)
                .ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posting {OccurrenceKey} failed (attempt {Attempt}); retrying in {Delay}: {Error}")]
    private partial void LogRetry(string occurrenceKey, int attempt, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Posting {OccurrenceKey} was refused for good; its schedule is paused: {Error}")]
    private partial void LogPermanentFailure(string occurrenceKey, string error);
}
