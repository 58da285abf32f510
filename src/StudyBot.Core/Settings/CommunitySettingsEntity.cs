using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.Settings;

/// <summary>Per-community options set with <c>/settings</c>; a community is a Discord guild or a Matrix room.</summary>
public sealed class CommunitySettingsEntity
{
    public string CommunityId { get; set; } = string.Empty;

    /// <summary>Role (Discord) or power level (Matrix) whose holders count as moderators, besides the platform's own rule.</summary>
    public string? ModeratorRoleId { get; set; }

    /// <summary>IANA zone used to show times when a command does not name one.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>Reply language code ("en", "nl").</summary>
    public string? LanguageCode { get; set; }
}

internal sealed class CommunitySettingsEntityConfiguration : IEntityTypeConfiguration<CommunitySettingsEntity>
{
    public void Configure(EntityTypeBuilder<CommunitySettingsEntity> builder)
    {
        builder.ToTable("CommunitySettings");
        builder.HasKey(s => s.CommunityId);
        builder.Property(s => s.CommunityId).HasMaxLength(200);
        builder.Property(s => s.ModeratorRoleId).HasMaxLength(200);
        builder.Property(s => s.TimeZoneId).HasMaxLength(100);
        builder.Property(s => s.LanguageCode).HasMaxLength(10);
    }
}
