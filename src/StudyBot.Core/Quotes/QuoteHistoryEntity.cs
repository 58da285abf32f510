using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.Quotes;

/// <summary>A quote served in a channel; a channel keeps its last <see cref="QuoteHistory.Length"/>.</summary>
public sealed class QuoteHistoryEntity
{
    /// <summary>Grows with every quote, so it orders a channel's quotes.</summary>
    public long Id { get; set; }

    public string ChannelId { get; set; } = string.Empty;

    /// <summary>The quote's <see cref="QuoteCandidate.Reference"/>.</summary>
    public string Reference { get; set; } = string.Empty;
}

internal sealed class QuoteHistoryEntityConfiguration : IEntityTypeConfiguration<QuoteHistoryEntity>
{
    public void Configure(EntityTypeBuilder<QuoteHistoryEntity> builder)
    {
        builder.ToTable("QuoteHistory");
        builder.Property(h => h.ChannelId).HasMaxLength(200);
        builder.Property(h => h.Reference).HasMaxLength(300);
        builder.HasIndex(h => new { h.ChannelId, h.Id });
    }
}
