using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.Scheduling;

public enum OutboxStatus
{
    /// <summary>Waiting for <see cref="OutboxPostEntity.NextAttemptUtc"/>.</summary>
    Pending = 0,

    /// <summary>Claimed by a sender until <see cref="OutboxPostEntity.LeaseUntilUtc"/>; reclaimed after that.</summary>
    Sending = 1,

    Sent = 2,

    /// <summary>Not sent on purpose: missed beyond the grace window, or its schedule was paused.</summary>
    Skipped = 3,

    /// <summary>The platform refused it for good (channel gone, no permission).</summary>
    Failed = 4,
}

/// <summary>
/// One scheduled post. <see cref="OccurrenceKey"/> is unique, so an occurrence can be enqueued once only, and
/// it travels to the platform as the idempotency key.
/// </summary>
public sealed class OutboxPostEntity
{
    public long Id { get; set; }

    /// <summary>Schedule id, event kind and scheduled instant, e.g. <c>s42:reminder:20260326T170000Z</c>.</summary>
    public string OccurrenceKey { get; set; } = string.Empty;

    public long ScheduleId { get; set; }

    public string ChannelId { get; set; } = string.Empty;

    public DateTimeOffset ScheduledUtc { get; set; }

    /// <summary>The post as <see cref="OutboxContent"/> JSON, fixed when the occurrence was enqueued.</summary>
    public string Content { get; set; } = string.Empty;

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptUtc { get; set; }

    public Guid? LeaseToken { get; set; }

    public DateTimeOffset? LeaseUntilUtc { get; set; }

    public DateTimeOffset? SentUtc { get; set; }

    /// <summary>Whether it left after its time by more than the late threshold, and said so.</summary>
    public bool Late { get; set; }

    public string? LastError { get; set; }

    /// <summary>The platform's id of the sent message (Discord's message id, Matrix's event id), when it gave one.</summary>
    public string? PlatformMessageId { get; set; }
}

internal sealed class OutboxPostEntityConfiguration : IEntityTypeConfiguration<OutboxPostEntity>
{
    public void Configure(EntityTypeBuilder<OutboxPostEntity> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(o => o.OccurrenceKey).HasMaxLength(200);
        builder.Property(o => o.ChannelId).HasMaxLength(200);
        builder.Property(o => o.LastError).HasMaxLength(500);
        builder.Property(o => o.PlatformMessageId).HasMaxLength(200);
        builder.HasIndex(o => o.OccurrenceKey).IsUnique();
        builder.HasIndex(o => new { o.Status, o.NextAttemptUtc });
        builder.HasIndex(o => o.ScheduleId);
    }
}
