using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using StudyBot.Core.Excerpts;
using StudyBot.Core.Platforms;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Quotes;
using StudyBot.Core.ReadingCircles;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Settings;
using StudyBot.Core.Storage;
using StudyBot.Core.Storage.Migrations;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Storage;

public sealed class SchemaUpgradeTests
{
    [Fact]
    public async Task Migrate_SqliteDatabaseAtVersion1WithData_UpgradesInPlaceKeepingTheData()
    {
        await using var database = TestDatabase.Sqlite();
        await UpgradeKeepsDataAsync(database);
    }

    [PostgresFact]
    public async Task Migrate_PostgresDatabaseAtVersion1WithData_UpgradesInPlaceKeepingTheData()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await UpgradeKeepsDataAsync(database);
    }

    [Fact]
    public async Task Migrate_FreshSqliteDatabase_StoresAndReadsEveryEntity()
    {
        await using var database = TestDatabase.Sqlite();
        await EveryEntityRoundTripsAsync(database);
    }

    [PostgresFact]
    public async Task Migrate_FreshPostgresDatabase_StoresAndReadsEveryEntity()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await EveryEntityRoundTripsAsync(database);
    }

    private static StudyBotDbContext Open(TestDatabase database)
    {
        Directory.CreateDirectory(database.Directory);
        var connection = StorageConnection.From(new StorageOptions { DataDirectory = database.Directory, ConnectionString = database.ConnectionString });
        return new StudyBotDbContextFactory(connection).CreateDbContext();
    }

    private static async Task UpgradeKeepsDataAsync(TestDatabase database)
    {
        await using (var v1 = Open(database))
        {
            await v1.GetService<IMigrator>().MigrateAsync(V0001_Initial.Id);
            await v1.Database.ExecuteSqlRawAsync(
                """INSERT INTO "ReadingLists" ("CommunityId", "Name", "NameKey", "CreatedUtc") VALUES ('discord:1', 'Spring reading', 'spring reading', 1767225600000)""");
            await v1.Database.ExecuteSqlRawAsync(
                """INSERT INTO "ReadingListItems" ("ReadingListId", "Position", "DocumentSlug", "SectionIndex") VALUES (1, 0, 'workplace-cells', 1), (1, 1, 'strike-diary', NULL)""");
            await v1.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Outbox" ("OccurrenceKey", "ScheduleId", "ChannelId", "ScheduledUtc", "Content", "Status", "Attempts", "NextAttemptUtc", "Late") VALUES ('s1:excerpt:1', 1, 'discord:9', 1767225600000, '{{}}', 2, 1, 1767225600000, FALSE)""");
            var pending = (await v1.Database.GetPendingMigrationsAsync()).ToArray();
            Assert.Equal(V0002_ReadingListNotes.Id, pending[0]);
            Assert.Contains(pending, id => id.EndsWith("_DurableState", StringComparison.Ordinal));
        }

        await using (var upgrade = Open(database))
        {
            await upgrade.Database.MigrateAsync();
        }

        await using var v2 = Open(database);
        var list = await v2.ReadingLists.Include(l => l.Items).SingleAsync();
        Assert.Equal("Spring reading", list.Name);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767225600000), list.CreatedUtc);
        Assert.Equal(
            ["workplace-cells#1", "strike-diary#"],
            list.Items.OrderBy(i => i.Position).Select(i => $"{i.DocumentSlug}#{i.SectionIndex}"));
        list.Items[0].Note = "read the first half";
        await v2.SaveChangesAsync();
        Assert.Equal("read the first half", (await v2.ReadingListItems.AsNoTracking().FirstAsync(i => i.Position == 0)).Note);
        var post = await v2.Outbox.SingleAsync();
        Assert.Equal(("s1:excerpt:1", OutboxStatus.Sent, (string?)null), (post.OccurrenceKey, post.Status, post.PlatformMessageId));
        Assert.Empty(await v2.Database.GetPendingMigrationsAsync());
    }

    private static async Task EveryEntityRoundTripsAsync(TestDatabase database)
    {
        var at = new DateTimeOffset(2026, 3, 26, 18, 0, 0, TimeSpan.Zero);
        await using (var db = Open(database))
        {
            await db.Database.MigrateAsync();
            var list = new ReadingListEntity { CommunityId = "c", Name = "L", NameKey = "l", CreatedUtc = at, Items = [new() { DocumentSlug = "d", Note = "n" }] };
            var schedule = new ScheduleEntity { Kind = ScheduleKind.Circle, CommunityId = "c", ChannelId = "x:1", Cron = "0 0 19 ? * THU", Description = "d", TimeZoneId = "Europe/Amsterdam", CursorUtc = at, NextEventUtc = at };
            var circle = new CircleEntity { CommunityId = "c", Schedule = schedule, ReadingList = list, CreatedUtc = at };
            db.AddRange(list, schedule, circle);
            db.Add(new CommunitySettingsEntity { CommunityId = "c", TimeZoneId = "Europe/Amsterdam", LanguageCode = "nl" });
            db.Add(new OutboxPostEntity { OccurrenceKey = "k", ChannelId = "x:1", Content = "{}", ScheduledUtc = at, NextAttemptUtc = at, LeaseToken = Guid.NewGuid() });
            db.Add(new ExcerptSubscriptionEntity { CommunityId = "c", ChannelId = "x:1", Schedule = new ScheduleEntity { CommunityId = "c", ChannelId = "x:1", Cron = "c", Description = "d", TimeZoneId = "UTC", CursorUtc = at }, SourceName = "s" });
            db.Add(new ExcerptDeckCardEntity { ChannelId = "x:1", Round = 1, CandidateKey = "d#1", PostedUtc = at });
            var quiz = new QuizSessionEntity { CommunityId = "c", ChannelId = "x:1", Kind = "mixed", QuestionCount = 5, StartedUtc = at };
            db.Add(quiz);
            db.Add(new RunningQuizEntity { ChannelId = "x:1", QuizId = "abc", State = "{}" });
            db.Add(new QuoteHistoryEntity { ChannelId = "x:1", Reference = "d#1" });
            db.Add(new PlatformStateEntity { Key = "matrix:since", Value = "s1", UpdatedUtc = at });
            db.Add(new EventClaimEntity { Platform = "discord", EventId = "1", ExpiresUtc = at });
            await db.SaveChangesAsync();
            db.AddRange(
                new CircleHistoryEntity { CircleId = circle.Id, DocumentSlug = "d", AtUtc = at, Outcome = "met" },
                new CircleProgressEntity { CircleId = circle.Id, UserId = "u", UserName = "U", DoneUtc = at },
                new CircleRsvpEntity { CircleId = circle.Id, UserId = "u", UserName = "U", MeetingUtc = at, Attending = true, AnsweredUtc = at },
                new QuizAnswerEntity { QuizSessionId = quiz.Id, UserId = "u", UserName = "U", Correct = true, AnsweredUtc = at },
                new MemberQuizStatsEntity { CommunityId = "c", UserId = "u", UserName = "U", CorrectAnswers = 1, LastPlayedUtc = at });
            await db.SaveChangesAsync();
        }

        await using var read = Open(database);
        Assert.Equal(at, (await read.Schedules.FirstAsync(s => s.NextEventUtc <= at)).NextEventUtc);
        Assert.Equal("n", (await read.ReadingListItems.SingleAsync()).Note);
        Assert.Equal(1, await read.CircleRsvps.CountAsync(r => r.MeetingUtc == at));
        Assert.Equal(1, await read.MemberQuizStats.CountAsync());
        Assert.Equal(1, await read.QuizAnswers.CountAsync());
        Assert.Equal(1, await read.CircleHistory.CountAsync());
        Assert.Equal(1, await read.CircleProgress.CountAsync());
        Assert.Equal(1, await read.ExcerptDeckCards.CountAsync());
        Assert.Equal("nl", (await read.CommunitySettings.SingleAsync()).LanguageCode);
        Assert.NotNull((await read.Outbox.SingleAsync()).LeaseToken);
        Assert.Equal("abc", (await read.RunningQuizzes.SingleAsync()).QuizId);
        Assert.Equal("d#1", (await read.QuoteHistory.SingleAsync()).Reference);
        Assert.Equal("s1", (await read.PlatformState.SingleAsync()).Value);
        Assert.Equal(at, (await read.EventClaims.SingleAsync()).ExpiresUtc);
    }
}
