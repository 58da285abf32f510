using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Platforms;
using StudyBot.Matrix.FrontDoor;
using StudyBot.Matrix.Sending;
using StudyBot.Matrix.Session;

namespace StudyBot.Matrix.Sync;

/// <summary>
/// Forgets per-message values older than <see cref="MatrixOptions.StateRetention"/>: what a reply's reactions run, what
/// <c>!more</c> continues in a room, unsent events, and transaction ids older versions kept. Runs at start and then
/// hourly from the sync loop.
/// </summary>
internal sealed partial class MatrixStateExpiry(IPlatformStateScan scan, IOptions<MatrixOptions> options, TimeProvider time, ILogger<MatrixStateExpiry> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private static readonly string[] Families = [ReplyReactions.ActionsPrefix, ReplyReactions.MorePrefix, OutgoingEvents.Prefix, MatrixStateKeys.TransactionPrefix];

    private DateTimeOffset nextRun = DateTimeOffset.MinValue;

    /// <summary>Prunes when an hour has passed since the last run; returns how many values were forgotten.</summary>
    public async Task<int> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < nextRun)
        {
            return 0;
        }

        nextRun = now + Interval;
        var cutoff = now - options.Value.StateRetention;
        var removed = 0;
        foreach (var family in Families)
        {
            removed += await scan.RemoveOlderThanAsync(family, cutoff, cancellationToken).ConfigureAwait(false);
        }

        if (removed > 0)
        {
            LogPruned(logger, removed, options.Value.StateRetention);
        }

        return removed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot {Count} stored Matrix values older than {Retention}")]
    private static partial void LogPruned(ILogger logger, int count, TimeSpan retention);
}
