using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.ReadingCircles;

/// <summary>A member's answer to whether they come to one meeting (<c>/circle rsvp</c>).</summary>
public sealed class CircleRsvpEntity
{
    public long Id { get; set; }

    public long CircleId { get; set; }

    public DateTimeOffset MeetingUtc { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string UserName { get; set; } = string.Empty;

    public bool Attending { get; set; }

    public DateTimeOffset AnsweredUtc { get; set; }
}

internal sealed class CircleRsvpEntityConfiguration : IEntityTypeConfiguration<CircleRsvpEntity>
{
    public void Configure(EntityTypeBuilder<CircleRsvpEntity> builder)
    {
        builder.ToTable("CircleRsvps");
        builder.Property(r => r.UserId).HasMaxLength(200);
        builder.Property(r => r.UserName).HasMaxLength(100);
        builder.HasOne<CircleEntity>().WithMany().HasForeignKey(r => r.CircleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CircleId, r.MeetingUtc, r.UserId }).IsUnique();
    }
}
