using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Quizzes;

/// <summary>Running quizzes in the database (<see cref="RunningQuizEntity"/>): they survive restarts and are shared by instances.</summary>
/// <remarks>
/// Every change reads the row, applies the change to the session it holds and writes it back only if the row's
/// revision is still the one read; otherwise another instance changed the quiz meanwhile, and the change is
/// applied again to what that instance left. So an answer delivered to two instances counts once: the second
/// finds the member already answered.
/// </remarks>
public sealed class StoredQuizSessions : IQuizSessionStore
{
    // A write loses the race only to another write that succeeded, so a handful of tries always suffices in
    // practice; the bound turns a persistent fault (not a race) into an error instead of a spin.
    private const int MaxTries = 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IDbContextFactory<StudyBotDbContext> contexts;

    public StoredQuizSessions(IDbContextFactory<StudyBotDbContext> contexts)
    {
        this.contexts = contexts;
    }

    public async Task<QuizSession?> FindAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var state = await db.RunningQuizzes.AsNoTracking().Where(q => q.ChannelId == channelId).Select(q => q.State)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return state is null ? null : Read(state);
    }

    public async Task<QuizSession> StartAsync(QuizSession session, Func<QuizSession, bool> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(keep);
        for (var tries = 1; ; tries++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var row = await db.RunningQuizzes.FirstOrDefaultAsync(q => q.ChannelId == session.ChannelId, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                db.RunningQuizzes.Add(new RunningQuizEntity { ChannelId = session.ChannelId, QuizId = session.Id, State = Write(session) });
            }
            else
            {
                var running = Read(row.State);
                if (keep(running))
                {
                    return running;
                }

                row.QuizId = session.Id;
                row.State = Write(session);
                row.Revision++;
            }

            // A lost race is an insert that meets the other instance's row, or an update of a revision that moved on.
            if (await TrySaveAsync(db, tries, cancellationToken).ConfigureAwait(false))
            {
                return session;
            }
        }
    }

    public async Task<(QuizSession Session, T Result)?> ChangeAsync<T>(string channelId, Func<QuizSession, T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var tries = 1; ; tries++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var row = await db.RunningQuizzes.FirstOrDefaultAsync(q => q.ChannelId == channelId, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                return null;
            }

            var session = Read(row.State);
            var result = change(session);
            var state = Write(session);
            if (state == row.State)
            {
                return (session, result);
            }

            row.State = state;
            row.Revision++;
            if (await TrySaveAsync(db, tries, cancellationToken).ConfigureAwait(false))
            {
                return (session, result);
            }
        }
    }

    public async Task FinishAsync(QuizSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.RunningQuizzes.Where(q => q.ChannelId == session.ChannelId && q.QuizId == session.Id)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> TrySaveAsync(StudyBotDbContext db, int tries, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException) when (tries < MaxTries)
        {
            return false;
        }
    }

    private static QuizSession Read(string state) =>
        QuizSession.FromState(JsonSerializer.Deserialize<QuizSessionState>(state, Json)
            ?? throw new InvalidOperationException("A running quiz was stored without its state."));

    private static string Write(QuizSession session) => JsonSerializer.Serialize(session.ToState(), Json);
}
