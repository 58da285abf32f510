using System.Globalization;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Scheduling;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Discord.Tests.Fake;

namespace StudyBot.Benchmarks.Discord;

/// <summary>
/// The scheduled-post sender against Discord's per-route limit on channel messages (5 per 5 s per channel, which
/// the fake enforces and announces in X-RateLimit-* headers): posts for many channels, several each, fall due at
/// once in no particular order. The best any client can do is each channel's windows back to back; the target is
/// at least 90% of that rate, with no request the limits refuse.
/// </summary>
internal static class OutboxRate
{
    public const string Part = "posts";

    private const int Channels = 20;
    private const int PostsPerChannel = 15;
    private const double TargetShare = 0.9;

    public static int Run() => RunAsync().GetAwaiter().GetResult();

    private static async Task<int> RunAsync()
    {
        await using var fake = await FakeDiscord.StartAsync();
        await using var database = TestDatabase.Sqlite();
        using var host = DiscordBot.Build(database, fake.BaseUrl);
        await host.StartAsync();
        try
        {
            await EnqueueAsync(host.Services);
            var clock = Stopwatch.StartNew();
            await host.Services.GetRequiredService<OutboxSender>().DrainAsync(CancellationToken.None);
            clock.Stop();

            var posts = fake.Exchanges.Where(e => e.Method == "POST" && e.Path.EndsWith("/messages", StringComparison.Ordinal)).ToList();
            var delivered = posts.Where(e => e.Status == 200).Select(e => e.Arrived).Order().ToList();
            var refused = posts.Count(e => e.Status == 429);
            var windows = (int)Math.Ceiling((double)PostsPerChannel / fake.MessageBucketLimit);

            // Each channel's first window opens with its first post; the last post can go no sooner than the
            // windows before it have passed.
            var best = fake.MessageBucketWindow * (windows - 1);
            var took = delivered.Count < 2 ? TimeSpan.MaxValue : Stopwatch.GetElapsedTime(delivered[0], delivered[^1]);
            var share = best / took;
            var allowed = Channels * fake.MessageBucketLimit / fake.MessageBucketWindow.TotalSeconds;
            var met = delivered.Count == Channels * PostsPerChannel && share >= TargetShare && fake.MessageBucketOverruns == 0;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  scheduled posts: {delivered.Count} of {Channels * PostsPerChannel} posted to {Channels} channels ({PostsPerChannel} each, limit {fake.MessageBucketLimit} per {fake.MessageBucketWindow.TotalSeconds:0} s per channel, {allowed:0} posts/s in all) " +
                $"in {took.TotalSeconds:F2} s from first to last post, against {best.TotalSeconds:F2} s at best: {share:P0} of the allowed rate; drain {clock.Elapsed.TotalSeconds:F2} s; " +
                $"{fake.MessageBucketOverruns} requests beyond a limit, {refused} answered 429 (target at least {TargetShare:P0}, none beyond): {DiscordMeasurement.Verdict(met)}"));
            return met ? 0 : 1;
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>Every post due now, channels interleaved in a fixed shuffled order, as schedules made at different times would leave them.</summary>
    private static async Task EnqueueAsync(IServiceProvider services)
    {
        var now = TimeProvider.System.GetUtcNow();
        var random = new Random(9);
        var posts = Enumerable.Range(0, Channels).SelectMany(c => Enumerable.Range(0, PostsPerChannel).Select(p => (Channel: c, Post: p))).ToArray();
        random.Shuffle(posts);
        await using var db = await services.GetRequiredService<IDbContextFactory<StudyBotDbContext>>().CreateDbContextAsync();
        db.Outbox.AddRange(posts.Select(p => new OutboxPostEntity
        {
            OccurrenceKey = string.Create(CultureInfo.InvariantCulture, $"bench:{p.Channel}:{p.Post}"),
            ScheduleId = p.Channel + 1,
            ChannelId = string.Create(CultureInfo.InvariantCulture, $"discord:{880_000_000_000_000_000L + p.Channel}"),
            ScheduledUtc = now,
            NextAttemptUtc = now,
            Content = OutboxContent.Message(RichText.Plain(string.Create(CultureInfo.InvariantCulture, $"Reading for week {p.Post}: chapter {p.Post + 1}.")), Language.English).ToJson(),
            Status = OutboxStatus.Pending,
        }));
        await db.SaveChangesAsync();
    }
}
