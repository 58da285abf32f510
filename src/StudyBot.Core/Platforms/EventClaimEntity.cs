using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.Platforms;

/// <summary>An incoming platform event that an instance took on; the key makes a second claim fail.</summary>
public sealed class EventClaimEntity
{
    public const int MaxPlatformLength = 20;

    public const int MaxEventIdLength = 200;

    public string Platform { get; set; } = string.Empty;

    public string EventId { get; set; } = string.Empty;

    /// <summary>After this the claim no longer counts and the clean-up removes it.</summary>
    public DateTimeOffset ExpiresUtc { get; set; }
}

internal sealed class EventClaimEntityConfiguration : IEntityTypeConfiguration<EventClaimEntity>
{
    public void Configure(EntityTypeBuilder<EventClaimEntity> builder)
    {
        builder.ToTable("EventClaims");
        builder.HasKey(c => new { c.Platform, c.EventId });
        builder.Property(c => c.Platform).HasMaxLength(EventClaimEntity.MaxPlatformLength);
        builder.Property(c => c.EventId).HasMaxLength(EventClaimEntity.MaxEventIdLength);
        builder.HasIndex(c => c.ExpiresUtc);
    }
}
