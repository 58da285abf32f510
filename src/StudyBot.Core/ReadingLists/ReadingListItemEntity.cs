using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.ReadingLists;

/// <summary>One reading of a list: a whole document or one of its sections, with an optional note.</summary>
public sealed class ReadingListItemEntity
{
    public long Id { get; set; }

    public long ReadingListId { get; set; }

    /// <summary>Zero-based place in the list; users see <c>Position + 1</c>.</summary>
    public int Position { get; set; }

    public string DocumentSlug { get; set; } = string.Empty;

    /// <summary>Zero-based section index, or null for the whole document.</summary>
    public int? SectionIndex { get; set; }

    /// <summary>Added in schema version 2.</summary>
    public string? Note { get; set; }
}

internal sealed class ReadingListItemEntityConfiguration : IEntityTypeConfiguration<ReadingListItemEntity>
{
    public void Configure(EntityTypeBuilder<ReadingListItemEntity> builder)
    {
        builder.ToTable("ReadingListItems");
        builder.Property(i => i.DocumentSlug).HasMaxLength(200);
        builder.Property(i => i.Note).HasMaxLength(300);
        builder.HasIndex(i => new { i.ReadingListId, i.Position });
    }
}
