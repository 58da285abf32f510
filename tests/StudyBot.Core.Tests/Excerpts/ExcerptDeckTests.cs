using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Excerpts;
using StudyBot.Core.Tests.Corpus;
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
        await bot.RunAsync("/excerpt daily terminal 07:30 Europe/Amsterdam source:manifest-oktober-revolutie");
        var eligible = bot.Services.GetRequiredService<IExcerptSource>().Candidates(TestCorpus.Document("manifest-oktober-revolutie")).Count;

        for (var day = 0; day < 2 * eligible; day++)
        {
            time.SetUtcNow(new DateTimeOffset(2026, 6, 2, 5, 30, 0, TimeSpan.Zero).AddDays(day));
            await bot.CatchUpAsync();
        }

        var texts = poster.Posts.Select(p => Assert.IsType<QuoteReply>(p.Reply)).Select(q => q.Text).ToArray();
        Assert.InRange(eligible, 2, 40);
        Assert.Equal(2 * eligible, texts.Length);
        Assert.Equal(eligible, texts.Take(eligible).Distinct().Count());
        Assert.Equal(texts.Take(eligible).Order(), texts.Skip(eligible).Order());
        Assert.DoesNotContain(texts, t => t.Contains("Kongres van de Petrograd-Soviet", StringComparison.Ordinal));
        Assert.All(poster.Posts, p => Assert.Equal("terminal:terminal", p.ChannelId));
    }
}
