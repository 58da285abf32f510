using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Quotes;

/// <summary>A channel's recent quotes in the database (<see cref="QuoteHistoryEntity"/>), shared by instances and kept across restarts.</summary>
public sealed class StoredQuoteHistory : IQuoteHistory
{
    private readonly IDbContextFactory<StudyBotDbContext> contexts;

    public StoredQuoteHistory(IDbContextFactory<StudyBotDbContext> contexts)
    {
        this.contexts = contexts;
    }

    public async Task<IReadOnlyList<string>> RecentAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var newestFirst = await db.QuoteHistory.AsNoTracking().Where(h => h.ChannelId == channelId)
            .OrderByDescending(h => h.Id).Take(QuoteHistory.Length).Select(h => h.Reference)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        newestFirst.Reverse();
        return newestFirst;
    }

    public async Task AddAsync(string channelId, string reference, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.QuoteHistory.Add(new QuoteHistoryEntity { ChannelId = channelId, Reference = reference });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // Rows older than the channel's last Length are never read again.
        var oldestKept = await db.QuoteHistory.Where(h => h.ChannelId == channelId).OrderByDescending(h => h.Id)
            .Skip(QuoteHistory.Length - 1).Select(h => (long?)h.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (oldestKept is { } id)
        {
            await db.QuoteHistory.Where(h => h.ChannelId == channelId && h.Id < id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
