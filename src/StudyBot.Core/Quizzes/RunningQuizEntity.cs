using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.Quizzes;

/// <summary>The quiz running in a channel, kept so that any instance, and the bot after a restart, can go on with it.</summary>
/// <remarks>
/// One row per channel (the key), so two quizzes can never run in one channel. <see cref="Revision"/> is checked
/// on every write: of two instances changing the quiz at once, the second rereads and applies its change again.
/// </remarks>
public sealed class RunningQuizEntity
{
    public string ChannelId { get; set; } = string.Empty;

    /// <summary>The quiz's id (<see cref="QuizSession.Id"/>); answer buttons carry it.</summary>
    public string QuizId { get; set; } = string.Empty;

    /// <summary>The session as <see cref="QuizSessionState"/> JSON: questions, position, players, who answered.</summary>
    public string State { get; set; } = string.Empty;

    public int Revision { get; set; }
}

internal sealed class RunningQuizEntityConfiguration : IEntityTypeConfiguration<RunningQuizEntity>
{
    public void Configure(EntityTypeBuilder<RunningQuizEntity> builder)
    {
        builder.ToTable("RunningQuizzes");
        builder.HasKey(q => q.ChannelId);
        builder.Property(q => q.ChannelId).HasMaxLength(200);
        builder.Property(q => q.QuizId).HasMaxLength(QuizSession.IdLength);
        builder.Property(q => q.Revision).IsConcurrencyToken();
    }
}
