using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.Platforms;

/// <summary>One value of <see cref="IPlatformStateStore"/>, e.g. <c>matrix:since</c>.</summary>
public sealed class PlatformStateEntity
{
    public const int MaxKeyLength = 200;

    public const int MaxValueLength = 4000;

    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public DateTimeOffset UpdatedUtc { get; set; }
}

internal sealed class PlatformStateEntityConfiguration : IEntityTypeConfiguration<PlatformStateEntity>
{
    public void Configure(EntityTypeBuilder<PlatformStateEntity> builder)
    {
        builder.ToTable("PlatformState");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(PlatformStateEntity.MaxKeyLength);
        builder.Property(s => s.Value).HasMaxLength(PlatformStateEntity.MaxValueLength);
    }
}
