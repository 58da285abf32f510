using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using StudyBot.Core.Commands;
using StudyBot.Core.Posting;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Scheduling;

public sealed class SchedulingTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    [Fact]
    public void NextOccurrenceAfter_WeeklyThursday1900AmsterdamAcrossBothDstChanges_IsAlways1900Local()
    {
        var planner = new OccurrencePlanner(Options.Create(new SchedulingOptions()));
        var pattern = SchedulePattern.Parse("thursday 19:00");
        var schedule = new ScheduleEntity { Kind = ScheduleKind.Circle, Cron = pattern.Cron, TimeZoneId = "Europe/Amsterdam" };
        var meetings = new List<DateTimeOffset>();
        var after = new DateTimeOffset(2026, 3, 16, 0, 0, 0, TimeSpan.Zero);
        while (planner.NextOccurrenceAfter(schedule, after) is { } next && next < new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.Zero))
        {
            meetings.Add(next);
            after = next;
        }

        Assert.All(meetings, m =>
        {
            var local = Instant.FromDateTimeOffset(m).InZone(Amsterdam).LocalDateTime;
            Assert.Equal((IsoDayOfWeek.Thursday, 19, 0), (local.DayOfWeek, local.Hour, local.Minute));
        });
        Assert.Equal(18, meetings.Single(m => m.Date == new DateTime(2026, 3, 26)).UtcDateTime.Hour);
        Assert.Equal(17, meetings.Single(m => m.Date == new DateTime(2026, 4, 2)).UtcDateTime.Hour);
        Assert.Equal(17, meetings.Single(m => m.Date == new DateTime(2026, 10, 22)).UtcDateTime.Hour);
        Assert.Equal(18, meetings.Single(m => m.Date == new DateTime(2026, 10, 29)).UtcDateTime.Hour);
    }

    [Theory]
    [InlineData("2026-03-20T12:00:00Z", "2026-03-26T17:00:00Z", "2026-04-02T16:00:00Z")]
    [InlineData("2026-10-16T12:00:00Z", "2026-10-22T16:00:00Z", "2026-10-29T17:00:00Z")]
    public async Task Circle_WeeklyThursday1900AcrossDstChange_RemindsAt1800LocalAndMovesOnEachWeek(string start, string firstReminderUtc, string secondReminderUtc)
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        var poster = new RecordingPoster();
        await using var bot = await TestBot.StartAsync(database, time, poster);
        await SetUpCircleAsync(bot, "remind-before:1h");

        await StepThroughEventsAsync(bot, time, weeks: 2);

        await using var db = bot.Db();
        var reminders = await db.Outbox.Where(o => o.OccurrenceKey.Contains("reminder")).OrderBy(o => o.ScheduledUtc).ToListAsync();
        Assert.Equal(
            [DateTimeOffset.Parse(firstReminderUtc, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(secondReminderUtc, System.Globalization.CultureInfo.InvariantCulture)],
            reminders.Select(r => r.ScheduledUtc));
        Assert.All(reminders, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Contains("Reading 1 of 3: The backbone of Leninist organization: workplace cells", poster.Texts[0], StringComparison.Ordinal);
        Assert.Contains("19:00 (Europe/Amsterdam)", poster.Texts[0], StringComparison.Ordinal);
        Assert.Contains("Reading 2 of 3: Workers' Opposition", poster.Texts[1], StringComparison.Ordinal);
        Assert.Equal(2, (await db.Circles.SingleAsync()).Position);
    }

    [Fact]
    public async Task Circle_AfterTheLastReading_AnnouncesTheEndAndStops()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var poster = new RecordingPoster();
        await using var bot = await TestBot.StartAsync(database, time, poster);
        await SetUpCircleAsync(bot, "remind-before:1d role:readers");

        await StepThroughEventsAsync(bot, time, weeks: 5);

        Assert.Equal(4, poster.Texts.Count);
        var reminders = poster.Posts.Take(3).Select(p => Assert.IsType<MessageReply>(p.Reply)).ToArray();
        Assert.All(reminders, r => Assert.Equal("readers", r.MentionRoleId));
        Assert.All(reminders, r => Assert.DoesNotContain("readers", r.Text, StringComparison.Ordinal));
        Assert.Null(Assert.IsType<MessageReply>(poster.Posts.Last().Reply).MentionRoleId);
        Assert.Contains("finished 'Spring'", poster.Texts[3], StringComparison.Ordinal);
        await using var db = bot.Db();
        Assert.Equal(ScheduleState.Stopped, (await db.Schedules.SingleAsync()).State);
        Assert.Equal(3, await db.CircleHistory.CountAsync(h => h.Outcome == "met"));
    }

    [Fact]
    public async Task Circle_DutchCommunity_RemindsInDutchWithTheMeetingAsAnInstant()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var poster = new RecordingPoster();
        await using var bot = await TestBot.StartAsync(database, time, poster);
        await bot.RunAsync("/settings-admin language nl");
        await SetUpCircleAsync(bot, "remind-before:1h");

        await StepThroughEventsAsync(bot, time, weeks: 1);

        var reminder = Assert.IsType<MessageReply>(poster.Posts.First().Reply);
        Assert.StartsWith("Leeskring 'Spring' komt bijeen op do 7 mei 2026 19:00 (Europe/Amsterdam), over 1h. Tekst 1 van 3:", reminder.Text, StringComparison.Ordinal);
        var meeting = reminder.Body.Runs.Where(r => r.Instant is not null).Select(r => r.Instant!).ToArray();
        Assert.Equal(
            [
                new ShownInstant(new DateTimeOffset(2026, 5, 7, 17, 0, 0, TimeSpan.Zero), "Europe/Amsterdam", InstantStyle.DateTime),
                new ShownInstant(new DateTimeOffset(2026, 5, 7, 17, 0, 0, TimeSpan.Zero), "Europe/Amsterdam", InstantStyle.Relative),
            ],
            meeting);
    }

    [Fact]
    public async Task Restart_ConfiguredCircle_IsStillThereAndItsNextOccurrenceFiresOnce()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var poster = new RecordingPoster();
        await using (var first = await TestBot.StartAsync(database, time, poster))
        {
            await SetUpCircleAsync(first, "remind-before:1h");
        }

        await using (var second = await TestBot.StartAsync(database, time, poster))
        {
            var status = ReplyText.Of(await second.RunAsync("/circle-admin status"));
            Assert.Contains("Reading circle: Spring", status, StringComparison.Ordinal);
            Assert.Contains("Next run: Thu 7 May 2026 18:00 (Europe/Amsterdam)", status, StringComparison.Ordinal);
            var trigger = await second.Services.GetRequiredService<ScheduleTriggers>().NextFireAsync(1, CancellationToken.None);
            Assert.Equal(new DateTimeOffset(2026, 5, 7, 16, 0, 0, TimeSpan.Zero), trigger);

            time.SetUtcNow(new DateTimeOffset(2026, 5, 7, 16, 0, 1, TimeSpan.Zero));
            await second.CatchUpAsync();
            await second.CatchUpAsync();
        }

        // Stopped, so the sweeper, the sender and Quartz have finished whatever they started: one attempt, one post.
        Assert.Single(poster.Posts);
        Assert.Equal(1, poster.Attempts);
    }

    [Fact]
    public async Task Crash_BetweenSendAndRecord_TheChannelStillShowsExactlyOnePost()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var poster = new RecordingPoster();
        var delivered = new TaskCompletionSource();
        poster.AfterPost = async (_, cancellationToken) =>
        {
            delivered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        };
        await using (var doomed = await TestBot.StartAsync(database, time, poster))
        {
            await SetUpCircleAsync(doomed, "remind-before:1h");
            time.SetUtcNow(new DateTimeOffset(2026, 5, 7, 16, 0, 1, TimeSpan.Zero));
            await doomed.Services.GetRequiredService<ScheduleSweeper>().SweepAsync(CancellationToken.None);
            await delivered.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }

        poster.AfterPost = null;
        time.Advance(TimeSpan.FromMinutes(3));
        await using var restarted = await TestBot.StartAsync(database, time, poster);
        await restarted.CatchUpAsync();

        Assert.Single(poster.Posts);
        Assert.Equal(2, poster.Attempts);
        await using var db = restarted.Db();
        Assert.Equal(OutboxStatus.Sent, (await db.Outbox.SingleAsync()).Status);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(8, false)]
    public async Task DownThroughAnOccurrence_PostsLateInsideTheGraceWindowAndRecordsASkipBeyondIt(int hoursDown, bool posted)
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var poster = new RecordingPoster();
        await using (var before = await TestBot.StartAsync(database, time, poster))
        {
            await before.RunAsync("/excerpt daily terminal 07:30 Europe/Amsterdam");
        }

        time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 5, 30, 0, TimeSpan.Zero).AddHours(hoursDown));
        await using var after = await TestBot.StartAsync(database, time, poster);
        await after.CatchUpAsync();

        await using var db = after.Db();
        var row = await db.Outbox.SingleAsync();
        if (posted)
        {
            var quote = Assert.IsType<QuoteReply>(Assert.Single(poster.Posts).Reply);
            Assert.True(quote.Late);
            Assert.Equal(OutboxStatus.Sent, row.Status);
        }
        else
        {
            Assert.Empty(poster.Posts);
            Assert.Equal(OutboxStatus.Skipped, row.Status);
            Assert.Contains("beyond the 6 h grace window", ReplyText.Of(await after.RunAsync("/excerpt status")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PermanentSendFailure_PausesTheScheduleAndShowsWhyInStatus()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var poster = new RecordingPoster { BeforePost = (_, _) => throw new PostFailedException("Missing Access", permanent: true) };
        await using var bot = await TestBot.StartAsync(database, time, poster);
        await bot.RunAsync("/excerpt daily terminal 07:30 Europe/Amsterdam");

        time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 5, 30, 0, TimeSpan.Zero));
        await bot.CatchUpAsync();

        var status = ReplyText.Of(await bot.RunAsync("/excerpt status"));
        Assert.Contains("paused by the bot", status, StringComparison.Ordinal);
        Assert.Contains("Missing Access", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransientSendFailure_IsRetriedWithBackoffAndThenSent()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var failures = 2;
        var poster = new RecordingPoster { BeforePost = (_, _) => Interlocked.Decrement(ref failures) >= 0 ? throw new HttpRequestException("502") : Task.CompletedTask };
        await using var bot = await TestBot.StartAsync(database, time, poster);
        await bot.RunAsync("/excerpt daily terminal 07:30 Europe/Amsterdam");

        time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 5, 30, 0, TimeSpan.Zero));
        await bot.CatchUpAsync();
        Assert.Empty(poster.Posts);
        time.Advance(TimeSpan.FromSeconds(31));
        await bot.CatchUpAsync();
        Assert.Empty(poster.Posts);
        time.Advance(TimeSpan.FromSeconds(61));
        await bot.CatchUpAsync();

        Assert.Single(poster.Posts);
    }

    private static async Task SetUpCircleAsync(TestBot bot, string extra)
    {
        await bot.RunAsync("/readinglist-admin create Spring");
        await bot.RunAsync("/readinglist-admin add Spring workplace-cells");
        await bot.RunAsync("/readinglist-admin add Spring workers-opposition");
        await bot.RunAsync("/readinglist-admin add Spring workplace-cells section:2");
        var reply = await bot.RunAsync($"/circle-admin setup Spring terminal \"thursday 19:00\" Europe/Amsterdam {extra}");
        Assert.Equal(ReplyTone.Success, Assert.IsType<MessageReply>(reply).Tone);
    }

    private static async Task StepThroughEventsAsync(TestBot bot, FakeTimeProvider time, int weeks)
    {
        var end = time.GetUtcNow().AddDays(7 * weeks);
        while (true)
        {
            DateTimeOffset? next;
            await using (var db = bot.Db())
            {
                next = (await db.Schedules.SingleAsync()).NextEventUtc;
            }

            if (next is not { } at || at > end)
            {
                return;
            }

            time.SetUtcNow(at);
            await bot.CatchUpAsync();
        }
    }
}
