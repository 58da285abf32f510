using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Excerpts;

/// <summary>
/// Draws a channel's next excerpt: no passage repeats in a channel until every eligible one was posted, then a
/// new round starts in a new shuffled order.
/// </summary>
/// <remarks>
/// The order of a round is a hash of channel, round and passage key, so it is shuffled yet the same after a
/// restart; only the posted cards are stored.
/// </remarks>
public sealed class ExcerptDeck
{
    private readonly CorpusLibrary corpus;
    private readonly IExcerptSource source;

    public ExcerptDeck(CorpusLibrary corpus, IExcerptSource source)
    {
        this.corpus = corpus;
        this.source = source;
    }

    /// <summary>Draws and records (unsaved) the next card, or returns null when the source has no eligible passage.</summary>
    public async Task<ExcerptCandidate?> DrawAsync(StudyBotDbContext db, ExcerptSubscriptionEntity subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(subscription);
        var candidates = await CandidatesAsync(db, subscription, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            return null;
        }

        var channel = subscription.ChannelId;
        var round = await db.ExcerptDeckCards.Where(c => c.ChannelId == channel).MaxAsync(c => (int?)c.Round, cancellationToken).ConfigureAwait(false) ?? 1;
        var posted = (await db.ExcerptDeckCards.Where(c => c.ChannelId == channel && c.Round == round).Select(c => c.CandidateKey)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var remaining = candidates.Where(c => !posted.Contains(c.Key)).ToList();
        if (remaining.Count == 0)
        {
            round++;
            remaining = candidates.ToList();
        }

        var card = remaining.MinBy(c => Shuffle(channel, round, c.Key))!;
        db.ExcerptDeckCards.Add(new ExcerptDeckCardEntity { ChannelId = channel, Round = round, CandidateKey = card.Key, PostedUtc = now });
        return card;
    }

    /// <summary>The eligible passages of the subscription's source, deduplicated by key.</summary>
    public async Task<IReadOnlyList<ExcerptCandidate>> CandidatesAsync(StudyBotDbContext db, ExcerptSubscriptionEntity subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(subscription);
        IEnumerable<ExcerptCandidate> candidates = subscription.SourceKind switch
        {
            ExcerptSourceKind.Document => corpus.Find(subscription.SourceRef) is { } document ? source.Candidates(document) : [],
            ExcerptSourceKind.ReadingList => await FromListAsync(db, subscription.SourceRef, cancellationToken).ConfigureAwait(false),
            _ => corpus.Documents.SelectMany(source.Candidates),
        };
        return candidates.DistinctBy(c => c.Key).ToArray();
    }

    private async Task<IEnumerable<ExcerptCandidate>> FromListAsync(StudyBotDbContext db, string? listRef, CancellationToken cancellationToken)
    {
        var listId = long.Parse(listRef ?? throw new CommandException(ExcerptTexts.ListMissing), CultureInfo.InvariantCulture);
        var items = await db.ReadingListItems.Where(i => i.ReadingListId == listId).OrderBy(i => i.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        return items.SelectMany(item => corpus.Find(item.DocumentSlug) is { } document
            ? source.Candidates(document).Where(c => item.SectionIndex is null || c.SectionIndex == item.SectionIndex)
            : []);
    }

    private static long Shuffle(string channel, int round, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{channel}\n{round}\n{key}")));
        return BitConverter.ToInt64(hash, 0);
    }
}
