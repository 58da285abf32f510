using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.ReadingCircles;

/// <summary>A reading the circle finished with: held at a meeting, or skipped by a moderator.</summary>
public sealed class CircleHistoryEntity
{
    public long Id { get; set; }

    public long CircleId { get; set; }

    public int Position { get; set; }

    public string DocumentSlug { get; set; } = string.Empty;

    public int? SectionIndex { get; set; }

    public DateTimeOffset AtUtc { get; set; }

    /// <summary>"met" or "skipped".</summary>
    public string Outcome { get; set; } = string.Empty;
}

internal sealed class CircleHistoryEntityConfiguration : IEntityTypeConfiguration<CircleHistoryEntity>
{
    public void Configure(EntityTypeBuilder<CircleHistoryEntity> builder)
    {
        builder.ToTable("CircleHistory");
        builder.Property(h => h.DocumentSlug).HasMaxLength(200);
        builder.Property(h => h.Outcome).HasMaxLength(20);
        builder.HasOne<CircleEntity>().WithMany().HasForeignKey(h => h.CircleId).OnDelete(DeleteBehavior.Cascade);
    }
}
