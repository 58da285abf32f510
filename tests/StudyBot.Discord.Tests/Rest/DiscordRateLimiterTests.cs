using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Tests.Rest;

public sealed class DiscordRateLimiterTests
{
    [Fact]
    public async Task BucketOf_ManyInteractionWebhooks_KeepsNoMoreThanTheIdleLimit()
    {
        await using var invalid = new InvalidRequestBudget(InvalidRequestBudget.DefaultLimit, TimeProvider.System);
        await using var limiter = new DiscordRateLimiter(Options.Create(new DiscordOptions()), invalid, TimeProvider.System, NullLogger<DiscordRateLimiter>.Instance);

        for (var i = 0; i < 3 * DiscordRateLimiter.MaxIdleBuckets; i++)
        {
            limiter.BucketOf(RateLimitRoute.From(HttpMethod.Post, $"webhooks/111111111111111111/token-{i}"));
        }

        Assert.InRange(limiter.BucketCount, 1, DiscordRateLimiter.MaxIdleBuckets);
    }

    [Fact]
    public async Task BucketOf_BucketStillWaiting_IsKeptWhenIdleOnesGo()
    {
        await using var invalid = new InvalidRequestBudget(InvalidRequestBudget.DefaultLimit, TimeProvider.System);
        await using var limiter = new DiscordRateLimiter(Options.Create(new DiscordOptions()), invalid, TimeProvider.System, NullLogger<DiscordRateLimiter>.Instance);
        var busy = RateLimitRoute.From(HttpMethod.Post, "channels/555/messages");
        limiter.BucketOf(busy).BlockFor(TimeSpan.FromMinutes(1));

        for (var i = 0; i < 2 * DiscordRateLimiter.MaxIdleBuckets; i++)
        {
            limiter.BucketOf(RateLimitRoute.From(HttpMethod.Post, $"webhooks/111111111111111111/token-{i}"));
        }

        Assert.True(limiter.BucketOf(busy).Delay() > TimeSpan.FromSeconds(50));
    }
}
