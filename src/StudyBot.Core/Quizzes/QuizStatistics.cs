using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Corpus;
using StudyBot.Core.Storage;

namespace StudyBot.Core.Quizzes;

/// <summary>A member's quiz totals in one community.</summary>
public sealed record MemberQuizStats(string UserName, int QuizzesPlayed, int QuestionsAnswered, int CorrectAnswers)
{
    /// <summary>Right answers as a whole percentage of answers given.</summary>
    public int PercentRight => QuestionsAnswered == 0 ? 0 : (int)Math.Round(100.0 * CorrectAnswers / QuestionsAnswered, MidpointRounding.AwayFromZero);

    /// <summary>The totals in a line in <paramref name="language"/>; the name is plain text, never a mention.</summary>
    public string Describe(Language language) =>
        (QuizzesPlayed == 1 ? QuizStatisticsTexts.OneQuiz : QuizStatisticsTexts.Quizzes)
            .Format(language, UserName, CorrectAnswers, QuestionsAnswered, PercentRight, QuizzesPlayed);
}

/// <summary>Reads the members' quiz totals that <see cref="QuizRecorder"/> keeps.</summary>
public sealed class QuizStatistics
{
    private readonly IDbContextFactory<StudyBotDbContext> contexts;

    public QuizStatistics(IDbContextFactory<StudyBotDbContext> contexts)
    {
        this.contexts = contexts;
    }

    public async Task<MemberQuizStats?> OfMemberAsync(string communityId, string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await Members(db, communityId).Where(m => m.UserId == userId).Select(ToStats).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The members of the community that <paramref name="member"/> names: by user id (with or without the
    /// platform prefix), else by display name, ignoring case and accents. Several members may share a name.
    /// </summary>
    public async Task<IReadOnlyList<MemberQuizStats>> FindAsync(string communityId, string platform, string member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var qualified = platform + ":" + member;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var byId = await Members(db, communityId).Where(m => m.UserId == member || m.UserId == qualified).Select(ToStats).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (byId.Count > 0)
        {
            return byId;
        }

        // Folding happens here rather than in SQL: SQLite's lower() leaves non-ASCII letters alone.
        var folded = TextFolding.Fold(member);
        var names = await Members(db, communityId).Select(m => new { m.UserId, m.UserName }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = names.Where(n => TextFolding.Fold(n.UserName) == folded).Select(n => n.UserId).ToList();
        return ids.Count == 0
            ? []
            : await Members(db, communityId).Where(m => ids.Contains(m.UserId)).OrderBy(m => m.UserId).Select(ToStats).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The community's best <paramref name="count"/> members by right answers, then accuracy, then who reached
    /// that score first: a score only changes when its member plays, so the earlier last play got there first.
    /// </summary>
    public async Task<IReadOnlyList<MemberQuizStats>> LeaderboardAsync(string communityId, int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await Members(db, communityId)
            .OrderByDescending(m => m.CorrectAnswers)
            .ThenByDescending(m => (double)m.CorrectAnswers / m.QuestionsAnswered)
            .ThenBy(m => m.LastPlayedUtc)
            .ThenBy(m => m.UserId)
            .Take(count)
            .Select(ToStats)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    private static IQueryable<MemberQuizStatsEntity> Members(StudyBotDbContext db, string communityId) =>
        db.MemberQuizStats.AsNoTracking().Where(m => m.CommunityId == communityId && m.QuestionsAnswered > 0);

    private static readonly Expression<Func<MemberQuizStatsEntity, MemberQuizStats>> ToStats =
        m => new MemberQuizStats(m.UserName, m.QuizzesPlayed, m.QuestionsAnswered, m.CorrectAnswers);
}
