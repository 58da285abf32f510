using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.ReadingLists;

/// <summary>A named, ordered reading list of one community.</summary>
public sealed class ReadingListEntity
{
    public long Id { get; set; }

    public string CommunityId { get; set; } = string.Empty;

    /// <summary>The name as the moderator typed it.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The name folded for lookups, so "Spring Reading" and "spring reading" are the same list.</summary>
    public string NameKey { get; set; } = string.Empty;

    public DateTimeOffset CreatedUtc { get; set; }

    public List<ReadingListItemEntity> Items { get; set; } = [];
}

internal sealed class ReadingListEntityConfiguration : IEntityTypeConfiguration<ReadingListEntity>
{
    public void Configure(EntityTypeBuilder<ReadingListEntity> builder)
    {
        builder.ToTable("ReadingLists");
        builder.Property(l => l.CommunityId).HasMaxLength(200);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.NameKey).HasMaxLength(100);
        builder.HasIndex(l => new { l.CommunityId, l.NameKey }).IsUnique();
        builder.HasMany(l => l.Items).WithOne().HasForeignKey(i => i.ReadingListId).OnDelete(DeleteBehavior.Cascade);
    }
}
