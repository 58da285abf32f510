using System.Globalization;
using Microsoft.Data.Sqlite;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using StudyBot.Core.Excerpts;
using StudyBot.Core.ReadingCircles;
using StudyBot.Core.ReadingLists;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Benchmarks.Scheduling;

/// <summary>
/// A SQLite database full of reading circles and daily excerpts, each with its schedule and its Quartz trigger
/// as the commands would leave them; built once per shape and copied for every measured start.
/// </summary>
internal static class ScheduleFixture
{
    private const int SaveBatch = 1000;

    /// <summary>
    /// Host settings for the template and every copy: Quartz finds stored triggers by scheduler name, which
    /// <see cref="TestDatabase"/> otherwise derives from its (random) directory.
    /// </summary>
    /// <summary>The Quartz scheduler name of the template and every copy: Quartz finds stored triggers only under the name they were stored with.</summary>
    public const string SchedulerName = "bench";
    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>A fresh copy of the database with <paramref name="circles"/> circles and <paramref name="excerpts"/> daily excerpts at <paramref name="excerptTime"/>, created at <paramref name="createdAt"/>.</summary>
    public static async Task<TestDatabase> CopyAsync(int circles, int excerpts, string excerptTime, DateTimeOffset createdAt)
    {
        // Kept between runs, so that only the first run builds it in the measured process; the latest
        // migration is in the name, so a changed schema never reuses an old template.
        var template = Path.Combine(
            Path.GetTempPath(),
            "studybot-bench",
            string.Create(CultureInfo.InvariantCulture, $"{SchedulerName}-{circles}c-{excerpts}e-{excerptTime.Replace(':', '-')}-{createdAt.ToUnixTimeSeconds()}-{LatestMigration()}"));
        if (!Directory.Exists(template))
        {
            Console.WriteLine($"// Building the template database {template} in this process");
            await BuildAsync(template, circles, excerpts, excerptTime, createdAt);
        }

        var copy = TestDatabase.Sqlite(SchedulerName);
        Directory.CreateDirectory(copy.Directory);
        foreach (var file in Directory.GetFiles(template))
        {
            File.Copy(file, Path.Combine(copy.Directory, Path.GetFileName(file)));
        }

        return copy;
    }

    private static string LatestMigration() =>
        typeof(StudyBotDbContext).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Max(StringComparer.Ordinal)!;

    private static async Task BuildAsync(string template, int circles, int excerpts, string excerptTime, DateTimeOffset createdAt)
    {
        await using var database = TestDatabase.Sqlite(SchedulerName);
        using (var host = TestBot.Build(database, new FakeTimeProvider(createdAt), new CountingPoster(0)))
        {
            await host.StartAsync();
            var control = host.Services.GetRequiredService<ScheduleControl>();
            var contexts = host.Services.GetRequiredService<IDbContextFactory<StudyBotDbContext>>();
            var schedules = new List<ScheduleEntity>(circles + excerpts);
            for (var start = 0; start < circles; start += SaveBatch)
            {
                await using var db = await contexts.CreateDbContextAsync();
                for (var i = start; i < Math.Min(circles, start + SaveBatch); i++)
                {
                    var circle = Circle(control, i, createdAt);
                    db.Circles.Add(circle);
                    schedules.Add(circle.Schedule);
                }

                await db.SaveChangesAsync();
            }

            for (var start = 0; start < excerpts; start += SaveBatch)
            {
                await using var db = await contexts.CreateDbContextAsync();
                for (var i = start; i < Math.Min(excerpts, start + SaveBatch); i++)
                {
                    var subscription = Excerpt(control, i, excerptTime, createdAt);
                    db.ExcerptSubscriptions.Add(subscription);
                    schedules.Add(subscription.Schedule);
                }

                await db.SaveChangesAsync();
            }

            // One Quartz transaction for all triggers; planning them one by one would take minutes on SQLite.
            var triggers = host.Services.GetRequiredService<ScheduleTriggers>();
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var job = (await scheduler.GetJobDetail(ScheduleTriggers.TickJob))!;
            await scheduler.ScheduleJobs(
                new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>> { [job] = schedules.Select(s => triggers.Build(s.Id, s.NextEventUtc!.Value)).ToArray() },
                ScheduleJobOptions.Replacing);
            await host.StopAsync();
        }

        SqliteConnection.ClearAllPools();
        var building = template + ".building";
        Directory.CreateDirectory(building);
        foreach (var file in Directory.GetFiles(database.Directory))
        {
            File.Copy(file, Path.Combine(building, Path.GetFileName(file)), overwrite: true);
        }

        Directory.Move(building, template);
    }

    // Meetings spread over the week at :00 and :30 from 08:00 to 21:30, an hour's reminder each, like real circles.
    private static CircleEntity Circle(ScheduleControl control, int i, DateTimeOffset createdAt)
    {
        var community = $"bench:circle-{i}";
        var when = string.Create(CultureInfo.InvariantCulture, $"{Weekdays[i % 7]} {8 + (i / 7 % 14):00}:{(i / 98 % 2) * 30:00}");
        return new CircleEntity
        {
            CommunityId = community,
            CreatedUtc = createdAt,
            ReadingList = new ReadingListEntity
            {
                CommunityId = community,
                Name = "Spring",
                NameKey = "spring",
                CreatedUtc = createdAt,
                Items = [new ReadingListItemEntity { Position = 0, DocumentSlug = "workplace-cells" }, new ReadingListItemEntity { Position = 1, DocumentSlug = "strike-diary" }],
            },
            Schedule = control.Create(ScheduleKind.Circle, community, $"terminal:circle-{i}", SchedulePattern.Parse(when), "Europe/Amsterdam", [TimeSpan.FromHours(1)]),
        };
    }

    private static ExcerptSubscriptionEntity Excerpt(ScheduleControl control, int i, string time, DateTimeOffset createdAt)
    {
        var community = $"bench:excerpt-{i}";
        var channel = $"terminal:excerpt-{i}";
        return new ExcerptSubscriptionEntity
        {
            CommunityId = community,
            ChannelId = channel,
            SourceKind = ExcerptSourceKind.Corpus,
            SourceName = "the whole corpus",
            CreatedUtc = createdAt,
            Schedule = control.Create(ScheduleKind.Excerpt, community, channel, SchedulePattern.Daily(time), "Europe/Amsterdam", []),
        };
    }
}
