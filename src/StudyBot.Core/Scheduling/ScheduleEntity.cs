using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace StudyBot.Core.Scheduling;

/// <summary>What a schedule drives; decides which <see cref="IScheduleHandler"/> turns its events into posts.</summary>
public enum ScheduleKind
{
    Circle = 1,
    Excerpt = 2,
}

public enum ScheduleState
{
    Active = 0,
    Paused = 1,
    Stopped = 2,
}

/// <summary>
/// A recurring schedule (weekly or cron, in an IANA zone) and how far it has been carried out.
/// </summary>
/// <remarks>
/// <see cref="CursorUtc"/> is the source of truth for exactly-once: every event up to it has been turned
/// into outbox rows (or recorded as skipped) in the same transaction that moved it. Quartz only decides
/// when to look again.
/// </remarks>
public sealed class ScheduleEntity
{
    public long Id { get; set; }

    public ScheduleKind Kind { get; set; }

    public string CommunityId { get; set; } = string.Empty;

    /// <summary>Platform-qualified channel the posts go to.</summary>
    public string ChannelId { get; set; } = string.Empty;

    /// <summary>Quartz cron expression of the meetings or posts.</summary>
    public string Cron { get; set; } = string.Empty;

    /// <summary>The schedule as the moderator wrote it ("thursday 19:00"), for status replies.</summary>
    public string Description { get; set; } = string.Empty;

    public string TimeZoneId { get; set; } = string.Empty;

    /// <summary>Reminder offsets before each meeting in minutes, comma separated; empty for none.</summary>
    public string ReminderOffsets { get; set; } = string.Empty;

    /// <summary>Every event at or before this instant has been handled.</summary>
    public DateTimeOffset CursorUtc { get; set; }

    /// <summary>The next event after <see cref="CursorUtc"/>; null when the schedule is not active.</summary>
    public DateTimeOffset? NextEventUtc { get; set; }

    public ScheduleState State { get; set; }

    /// <summary>
    /// Why the bot, not a moderator, paused or stopped the schedule: the platform's refusal of a post, or a
    /// <see cref="PlaceStopReasons"/> code when a front door stopped it.
    /// </summary>
    public string? PauseReason { get; set; }

    public DateTimeOffset? LastSentUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>Optimistic concurrency: two instances running the same schedule cannot both move the cursor.</summary>
    public int Revision { get; set; }
}

internal sealed class ScheduleEntityConfiguration : IEntityTypeConfiguration<ScheduleEntity>
{
    public void Configure(EntityTypeBuilder<ScheduleEntity> builder)
    {
        builder.ToTable("Schedules");
        builder.Property(s => s.CommunityId).HasMaxLength(200);
        builder.Property(s => s.ChannelId).HasMaxLength(200);
        builder.Property(s => s.Cron).HasMaxLength(200);
        builder.Property(s => s.Description).HasMaxLength(200);
        builder.Property(s => s.TimeZoneId).HasMaxLength(100);
        builder.Property(s => s.ReminderOffsets).HasMaxLength(200);
        builder.Property(s => s.PauseReason).HasMaxLength(500);
        builder.Property(s => s.LastError).HasMaxLength(500);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.HasIndex(s => new { s.State, s.NextEventUtc });
    }
}
