using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Quotes;

/// <summary>A channel's recent quotes in the database (<see cref="QuoteHistoryEntity"/>), shared by instances and kept across restarts.</summary>
/// <remarks>
/// <para>Each instance keeps the channels it serves in memory and reads a channel's stored list again only when it read
/// it more than <see cref="RereadAfter"/> ago: a busy channel costs one read per interval instead of one per quote.
/// Its own quotes count at once, also for concurrent commands; another instance's quotes count here from the next
/// read, so two instances serving one channel can repeat a quote only when both chose it within that interval.</para>
/// <para>A quote's row is written with other writes of the moment (<see cref="GroupCommit"/>); rows beyond a channel's last
/// <see cref="QuoteHistory.Length"/> are deleted every <see cref="QuoteHistory.Length"/> quotes, so a channel keeps at most
/// about twice that many rows per instance.</para>
/// </remarks>
public sealed partial class StoredQuoteHistory : IQuoteHistory
{
    /// <summary>How long this instance trusts its view of a channel before reading what other instances quoted.</summary>
    public static readonly TimeSpan RereadAfter = TimeSpan.FromSeconds(2);

    /// <summary>A channel not quoted for this long is dropped from memory (and read again when it is).</summary>
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(5);

    private const string Insert = """INSERT INTO "QuoteHistory" ("ChannelId", "Reference") VALUES (@p0, @p1)""";

    private const string DropOld =
        """DELETE FROM "QuoteHistory" WHERE "ChannelId" = @p0 AND "Id" < (SELECT "Id" FROM "QuoteHistory" WHERE "ChannelId" = @p0 ORDER BY "Id" DESC LIMIT 1 OFFSET @p1)""";

    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly GroupCommit writes;
    private readonly TimeProvider time;
    private readonly ILogger<StoredQuoteHistory> logger;
    private readonly ConcurrentDictionary<string, ChannelQuotes> channels = new(StringComparer.Ordinal);
    private long nextForgetTicks;

    public StoredQuoteHistory(IDbContextFactory<StudyBotDbContext> contexts, GroupCommit writes, TimeProvider time, ILogger<StoredQuoteHistory> logger)
    {
        this.contexts = contexts;
        this.writes = writes;
        this.time = time;
        this.logger = logger;
    }

    public async Task<IReadOnlyList<string>> RecentAsync(string channelId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var channel = Channel(channelId, now);
        Task reading;
        lock (channel)
        {
            if (channel.UsedWhileFresh(now, RereadAfter))
            {
                return channel.Recent();
            }

            // On the pool: a read that finished at once, on this thread, would clear Reading before it is set.
            reading = channel.Reading ??= Task.Run(() => ReadAsync(channelId, channel), CancellationToken.None);
        }

        await reading.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (channel)
        {
            return channel.Recent();
        }
    }

    public Task AddAsync(string channelId, string reference, CancellationToken cancellationToken)
    {
        var channel = Channel(channelId, time.GetUtcNow());
        bool dropOld;
        lock (channel)
        {
            dropOld = channel.Add(reference);
        }

        // The write is queued now and goes on when the caller stops waiting: the quote already counts in memory.
        return WriteAsync(channelId, reference, dropOld, channel).WaitAsync(cancellationToken);
    }

    private async Task WriteAsync(string channelId, string reference, bool dropOld, ChannelQuotes channel)
    {
        try
        {
            await writes.RunAsync(
                async batch =>
                {
                    await batch.ExecuteAsync(Insert, channelId, reference).ConfigureAwait(false);
                    return dropOld ? await batch.ExecuteAsync(DropOld, channelId, QuoteHistory.Length - 1).ConfigureAwait(false) : 0;
                },
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is DbException or ObjectDisposedException or InvalidOperationException)
        {
            // Only the no-repeat rule across restarts and instances loses this quote; the channel still got its reply.
            LogNotStored(logger, failure, channelId);
        }
        finally
        {
            lock (channel)
            {
                channel.Written(reference);
            }
        }
    }

    private async Task ReadAsync(string channelId, ChannelQuotes channel)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
            var newestFirst = await db.QuoteHistory.AsNoTracking().Where(h => h.ChannelId == channelId)
                .OrderByDescending(h => h.Id).Take(QuoteHistory.Length).Select(h => h.Reference)
                .ToListAsync().ConfigureAwait(false);
            newestFirst.Reverse();
            lock (channel)
            {
                channel.Read(newestFirst, time.GetUtcNow());
            }
        }
        finally
        {
            lock (channel)
            {
                channel.Reading = null;
            }
        }
    }

    private ChannelQuotes Channel(string channelId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        var due = Interlocked.Read(ref nextForgetTicks);
        if (now.UtcTicks >= due && Interlocked.CompareExchange(ref nextForgetTicks, (now + ForgetAfter).UtcTicks, due) == due)
        {
            foreach (var (id, quiet) in channels)
            {
                lock (quiet)
                {
                    if (quiet.Idle && now - quiet.LastUsed > ForgetAfter)
                    {
                        channels.TryRemove(id, out _);
                    }
                }
            }
        }

        return channels.GetOrAdd(channelId, static (_, at) => new ChannelQuotes(at), now);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A quote served in {ChannelId} could not be stored; it may be repeated after a restart")]
    private static partial void LogNotStored(ILogger logger, Exception exception, string channelId);
}
