using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.Quizzes;

/// <summary>A quiz run in a channel; the quiz feature fills it, storage keeps it.</summary>
public sealed class QuizSessionEntity
{
    public long Id { get; set; }

    public string CommunityId { get; set; } = string.Empty;

    public string ChannelId { get; set; } = string.Empty;

    public string? DocumentSlug { get; set; }

    /// <summary>"cloze", "choice", "source" or "mixed".</summary>
    public string Kind { get; set; } = string.Empty;

    public int QuestionCount { get; set; }

    public DateTimeOffset StartedUtc { get; set; }

    public DateTimeOffset? FinishedUtc { get; set; }
}

/// <summary>One member's answer to one question; a member answers each question once.</summary>
public sealed class QuizAnswerEntity
{
    public long Id { get; set; }

    public long QuizSessionId { get; set; }

    public int QuestionIndex { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public int Choice { get; set; }

    public bool Correct { get; set; }

    public DateTimeOffset AnsweredUtc { get; set; }
}

/// <summary>A member's running quiz totals in a community, for <c>/quiz stats</c> and the leaderboard.</summary>
public sealed class MemberQuizStatsEntity
{
    public string CommunityId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public int QuizzesPlayed { get; set; }

    public int QuestionsAnswered { get; set; }

    public int CorrectAnswers { get; set; }

    public DateTimeOffset? LastPlayedUtc { get; set; }
}

internal sealed class QuizSessionEntityConfiguration : IEntityTypeConfiguration<QuizSessionEntity>
{
    public void Configure(EntityTypeBuilder<QuizSessionEntity> builder)
    {
        builder.ToTable("QuizSessions");
        builder.Property(s => s.CommunityId).HasMaxLength(200);
        builder.Property(s => s.ChannelId).HasMaxLength(200);
        builder.Property(s => s.DocumentSlug).HasMaxLength(200);
        builder.Property(s => s.Kind).HasMaxLength(20);
    }
}

internal sealed class QuizAnswerEntityConfiguration : IEntityTypeConfiguration<QuizAnswerEntity>
{
    public void Configure(EntityTypeBuilder<QuizAnswerEntity> builder)
    {
        builder.ToTable("QuizAnswers");
        builder.Property(a => a.UserId).HasMaxLength(200);
        builder.Property(a => a.UserName).HasMaxLength(100);
        builder.HasOne<QuizSessionEntity>().WithMany().HasForeignKey(a => a.QuizSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.QuizSessionId, a.QuestionIndex, a.UserId }).IsUnique();
    }
}

internal sealed class MemberQuizStatsEntityConfiguration : IEntityTypeConfiguration<MemberQuizStatsEntity>
{
    public void Configure(EntityTypeBuilder<MemberQuizStatsEntity> builder)
    {
        builder.ToTable("MemberQuizStats");
        builder.HasKey(s => new { s.CommunityId, s.UserId });
        builder.Property(s => s.CommunityId).HasMaxLength(200);
        builder.Property(s => s.UserId).HasMaxLength(200);
        builder.Property(s => s.UserName).HasMaxLength(100);
    }
}
