using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.Excerpts;

/// <summary>
/// A passage already posted in a channel during a round. Kept per channel, not per subscription, so that
/// stopping and restarting a daily excerpt does not start repeating.
/// </summary>
public sealed class ExcerptDeckCardEntity
{
    public long Id { get; set; }

    public string ChannelId { get; set; } = string.Empty;

    public int Round { get; set; }

    public string CandidateKey { get; set; } = string.Empty;

    public DateTimeOffset PostedUtc { get; set; }
}

internal sealed class ExcerptDeckCardEntityConfiguration : IEntityTypeConfiguration<ExcerptDeckCardEntity>
{
    public void Configure(EntityTypeBuilder<ExcerptDeckCardEntity> builder)
    {
        builder.ToTable("ExcerptDeckCards");
        builder.Property(c => c.ChannelId).HasMaxLength(200);
        builder.Property(c => c.CandidateKey).HasMaxLength(200);
        builder.HasIndex(c => new { c.ChannelId, c.Round, c.CandidateKey }).IsUnique();
    }
}
