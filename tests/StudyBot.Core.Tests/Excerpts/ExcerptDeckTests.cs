using StudyBot.Core.Commands;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Excerpts;

public sealed class ExcerptDeckTests
{
    [Fact]
    public async Task DailyExcerpt_OverTwoRounds_RepeatsNoPassageUntilEveryOneWasPosted()
    {
        await using var database = TestDatabase.Sqlite();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var poster = new RecordingPoster();
        await using var bot = await TestBot.StartAsync(database, time, poster);
        await bot.RunAsync("/excerpt daily terminal 07:30 Europe/Amsterdam source:strike-diary");

        for (var day = 0; day < 8; day++)
        {
            time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 5, 30, 0, TimeSpan.Zero).AddDays(day));
            await bot.CatchUpAsync();
        }

        var texts = poster.Posts.Select(p => Assert.IsType<QuoteReply>(p.Reply)).Select(q => q.Text).ToArray();
        Assert.Equal(8, texts.Length);
        Assert.Equal(4, texts.Take(4).Distinct().Count());
        Assert.Equal(texts.Take(4).Order(), texts.Skip(4).Order());
        Assert.DoesNotContain(texts, t => t.Contains("photo", StringComparison.Ordinal));
        Assert.All(poster.Posts, p => Assert.Equal("terminal:terminal", p.ChannelId));
    }
}
