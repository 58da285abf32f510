using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Excerpts;
using StudyBot.Core.Platforms;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Quotes;
using StudyBot.Core.ReadingCircles;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Settings;

namespace StudyBot.Core.Storage;

/// <summary>Everything StudyBot remembers. Each entity configures itself next to its class.</summary>
/// <remarks>
/// Abstract because each provider has its own subclass (<see cref="SqliteStudyBotDbContext"/>,
/// <see cref="PostgresStudyBotDbContext"/>), which owns that provider's migrations and model snapshot; services
/// ask for this type through <see cref="StudyBotDbContextFactory"/>.
/// </remarks>
public abstract class StudyBotDbContext : DbContext
{
    protected StudyBotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<CommunitySettingsEntity> CommunitySettings => Set<CommunitySettingsEntity>();

    public DbSet<ReadingListEntity> ReadingLists => Set<ReadingListEntity>();

    public DbSet<ReadingListItemEntity> ReadingListItems => Set<ReadingListItemEntity>();

    public DbSet<ScheduleEntity> Schedules => Set<ScheduleEntity>();

    public DbSet<OutboxPostEntity> Outbox => Set<OutboxPostEntity>();

    public DbSet<CircleEntity> Circles => Set<CircleEntity>();

    public DbSet<CircleHistoryEntity> CircleHistory => Set<CircleHistoryEntity>();

    public DbSet<CircleProgressEntity> CircleProgress => Set<CircleProgressEntity>();

    public DbSet<CircleRsvpEntity> CircleRsvps => Set<CircleRsvpEntity>();

    public DbSet<ExcerptSubscriptionEntity> ExcerptSubscriptions => Set<ExcerptSubscriptionEntity>();

    public DbSet<ExcerptDeckCardEntity> ExcerptDeckCards => Set<ExcerptDeckCardEntity>();

    public DbSet<QuizSessionEntity> QuizSessions => Set<QuizSessionEntity>();

    public DbSet<QuizAnswerEntity> QuizAnswers => Set<QuizAnswerEntity>();

    public DbSet<MemberQuizStatsEntity> MemberQuizStats => Set<MemberQuizStatsEntity>();

    public DbSet<RunningQuizEntity> RunningQuizzes => Set<RunningQuizEntity>();

    public DbSet<QuoteHistoryEntity> QuoteHistory => Set<QuoteHistoryEntity>();

    public DbSet<PlatformStateEntity> PlatformState => Set<PlatformStateEntity>();

    public DbSet<EventClaimEntity> EventClaims => Set<EventClaimEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudyBotDbContext).Assembly);
    }
}
