using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Scheduling;

namespace StudyBot.Core.ReadingCircles;

/// <summary>A community's reading circle: a reading list worked through at a recurring meeting.</summary>
public sealed class CircleEntity
{
    public long Id { get; set; }

    public string CommunityId { get; set; } = string.Empty;

    public long ScheduleId { get; set; }

    public ScheduleEntity Schedule { get; set; } = null!;

    /// <summary>Null once the list was deleted after the circle stopped; the history keeps what was read.</summary>
    public long? ReadingListId { get; set; }

    public ReadingListEntity? ReadingList { get; set; }

    /// <summary>Role named in reminders, if the moderator chose one.</summary>
    public string? RoleId { get; set; }

    /// <summary>Zero-based position of the current reading in the list.</summary>
    public int Position { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }
}

internal sealed class CircleEntityConfiguration : IEntityTypeConfiguration<CircleEntity>
{
    public void Configure(EntityTypeBuilder<CircleEntity> builder)
    {
        builder.ToTable("Circles");
        builder.Property(c => c.CommunityId).HasMaxLength(200);
        builder.Property(c => c.RoleId).HasMaxLength(200);
        builder.HasOne(c => c.Schedule).WithMany().HasForeignKey(c => c.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.ReadingList).WithMany().HasForeignKey(c => c.ReadingListId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.CommunityId);
        builder.HasIndex(c => c.ScheduleId).IsUnique();
    }
}
