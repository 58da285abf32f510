using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Scheduling;

namespace StudyBot.Core.Excerpts;

/// <summary>Where a daily excerpt draws from.</summary>
public enum ExcerptSourceKind
{
    Corpus = 0,
    Document = 1,
    ReadingList = 2,
}

/// <summary>A daily excerpt in one channel (<c>/excerpt daily</c>).</summary>
public sealed class ExcerptSubscriptionEntity
{
    public long Id { get; set; }

    public string CommunityId { get; set; } = string.Empty;

    public string ChannelId { get; set; } = string.Empty;

    public long ScheduleId { get; set; }

    public ScheduleEntity Schedule { get; set; } = null!;

    public ExcerptSourceKind SourceKind { get; set; }

    /// <summary>Document slug, or reading list id, per <see cref="SourceKind"/>.</summary>
    public string? SourceRef { get; set; }

    /// <summary>The source as shown in status replies.</summary>
    public string SourceName { get; set; } = string.Empty;

    public DateTimeOffset CreatedUtc { get; set; }
}

internal sealed class ExcerptSubscriptionEntityConfiguration : IEntityTypeConfiguration<ExcerptSubscriptionEntity>
{
    public void Configure(EntityTypeBuilder<ExcerptSubscriptionEntity> builder)
    {
        builder.ToTable("ExcerptSubscriptions");
        builder.Property(s => s.CommunityId).HasMaxLength(200);
        builder.Property(s => s.ChannelId).HasMaxLength(200);
        builder.Property(s => s.SourceRef).HasMaxLength(200);
        builder.Property(s => s.SourceName).HasMaxLength(200);
        builder.HasOne(s => s.Schedule).WithMany().HasForeignKey(s => s.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ChannelId);
        builder.HasIndex(s => s.ScheduleId).IsUnique();
    }
}
