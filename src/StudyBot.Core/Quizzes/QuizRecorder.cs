using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Quizzes;

/// <summary>
/// Records quizzes in the database: the session when it starts, each answer when it is given (so a crash
/// loses no answer), and the members' totals when the session finishes.
/// </summary>
/// <remarks>
/// Totals are added once per session: finishing claims the session by setting its finish time only where it
/// is still unset, in the same transaction that adds the totals, so a second finish (the last answer and a
/// <c>/quiz stop</c> at once, or another instance) finds it claimed and adds nothing.
/// </remarks>
public sealed class QuizRecorder : IQuizRecorder
{
    private readonly IDbContextFactory<StudyBotDbContext> contexts;
    private readonly TimeProvider time;

    public QuizRecorder(IDbContextFactory<StudyBotDbContext> contexts, TimeProvider time)
    {
        this.contexts = contexts;
        this.time = time;
    }

    public async Task StartedAsync(QuizSession session, string communityId, string? documentSlug, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);

        // A quiz replaced after going idle, or cut off by a restart, never finished; its answers are stored,
        // so it is finished now and its players still get their totals.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var unfinished = await db.QuizSessions
            .Where(s => s.ChannelId == session.ChannelId && s.FinishedUtc == null)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var id in unfinished)
        {
            await FinishAsync(id, cancellationToken).ConfigureAwait(false);
        }

        var row = new QuizSessionEntity
        {
            CommunityId = communityId,
            ChannelId = session.ChannelId,
            DocumentSlug = documentSlug,
            Kind = kind,
            QuestionCount = session.Questions.Count,
            StartedUtc = session.StartedAt,
        };
        db.QuizSessions.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        session.RecordId = row.Id;
    }

    public async Task AnsweredAsync(QuizSession session, QuizAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(answer);
        if (session.RecordId is not { } id)
        {
            return;
        }

        // The session already refuses a second answer to a question; checking the record too keeps a member
        // counted once for a question even if the same answer reaches the recorder twice.
        var questionIndex = answer.Question - 1;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await db.QuizAnswers.AnyAsync(a => a.QuizSessionId == id && a.QuestionIndex == questionIndex && a.UserId == answer.UserId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        db.QuizAnswers.Add(new QuizAnswerEntity
        {
            QuizSessionId = id,
            QuestionIndex = questionIndex,
            UserId = answer.UserId,
            UserName = answer.UserName,
            Choice = answer.Choice,
            Correct = answer.Right,
            AnsweredUtc = answer.At,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task FinishedAsync(QuizSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.RecordId is { } id ? FinishAsync(id, cancellationToken) : Task.CompletedTask;
    }

    private async Task FinishAsync(long sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var claimed = await db.QuizSessions
            .Where(s => s.Id == sessionId && s.FinishedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FinishedUtc, now), cancellationToken)
            .ConfigureAwait(false);
        if (claimed == 0)
        {
            return;
        }

        var communityId = await db.QuizSessions.Where(s => s.Id == sessionId).Select(s => s.CommunityId).SingleAsync(cancellationToken).ConfigureAwait(false);
        var answers = await db.QuizAnswers.AsNoTracking().Where(a => a.QuizSessionId == sessionId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var player in answers.GroupBy(a => a.UserId, StringComparer.Ordinal))
        {
            await AddTotalsAsync(db, communityId, player.ToList(), cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds one member's answers in a session to their totals, in place so concurrent finishes in other channels add up.</summary>
    private static async Task AddTotalsAsync(StudyBotDbContext db, string communityId, List<QuizAnswerEntity> answers, CancellationToken cancellationToken)
    {
        var userId = answers[0].UserId;
        var last = answers.MaxBy(a => a.AnsweredUtc)!;
        var name = last.UserName;
        var playedAt = last.AnsweredUtc;
        var answered = answers.Count;
        var right = answers.Count(a => a.Correct);
        var updated = await db.MemberQuizStats
            .Where(m => m.CommunityId == communityId && m.UserId == userId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.QuizzesPlayed, m => m.QuizzesPlayed + 1)
                    .SetProperty(m => m.QuestionsAnswered, m => m.QuestionsAnswered + answered)
                    .SetProperty(m => m.CorrectAnswers, m => m.CorrectAnswers + right)
                    .SetProperty(m => m.UserName, name)
                    .SetProperty(m => m.LastPlayedUtc, playedAt),
                cancellationToken)
            .ConfigureAwait(false);
        if (updated == 0)
        {
            db.MemberQuizStats.Add(new MemberQuizStatsEntity
            {
                CommunityId = communityId,
                UserId = userId,
                UserName = name,
                QuizzesPlayed = 1,
                QuestionsAnswered = answered,
                CorrectAnswers = right,
                LastPlayedUtc = playedAt,
            });
        }
    }
}
