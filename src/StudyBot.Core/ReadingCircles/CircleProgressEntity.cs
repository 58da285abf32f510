using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.ReadingCircles;

/// <summary>A member who finished a reading of the circle (<c>/circle done</c>).</summary>
public sealed class CircleProgressEntity
{
    public long Id { get; set; }

    public long CircleId { get; set; }

    public int Position { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public DateTimeOffset DoneUtc { get; set; }
}

internal sealed class CircleProgressEntityConfiguration : IEntityTypeConfiguration<CircleProgressEntity>
{
    public void Configure(EntityTypeBuilder<CircleProgressEntity> builder)
    {
        builder.ToTable("CircleProgress");
        builder.Property(p => p.UserId).HasMaxLength(200);
        builder.Property(p => p.UserName).HasMaxLength(100);
        builder.HasOne<CircleEntity>().WithMany().HasForeignKey(p => p.CircleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CircleId, p.Position, p.UserId }).IsUnique();
    }
}
