using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Tests.Rest;

public sealed class RateLimitRouteTests
{
    [Fact]
    public void From_TwoChannels_SameRouteDifferentMajor()
    {
        var first = RateLimitRoute.From(HttpMethod.Post, "channels/111/messages");
        var second = RateLimitRoute.From(HttpMethod.Post, "channels/222/messages");

        Assert.Equal(first.Key, second.Key);
        Assert.NotEqual(first.Major, second.Major);
        Assert.Equal("POST channels/{channel_id}/messages", first.Template);
    }

    [Fact]
    public void From_InteractionCallback_IsExemptAndHidesTheToken()
    {
        var route = RateLimitRoute.From(HttpMethod.Post, "interactions/123/secret-token/callback");

        Assert.True(route.IsInteractionCallback);
        Assert.DoesNotContain("secret-token", route.Template, StringComparison.Ordinal);
        Assert.Equal("POST interactions/{id}/{token}/callback", route.Template);
    }

    [Fact]
    public void From_WebhookEdit_MajorIsWebhookAndTokenButTemplateHidesToken()
    {
        var route = RateLimitRoute.From(HttpMethod.Patch, "webhooks/999/secret-token/messages/@original");

        Assert.Equal("999/secret-token", route.Major);
        Assert.Equal("PATCH webhooks/{webhook_id}/{token}/messages/@original", route.Template);
    }

    [Fact]
    public void From_PagesOfOneList_ShareTheRouteWithoutTheQuery()
    {
        var first = RateLimitRoute.From(HttpMethod.Get, "users/@me/guilds?limit=200");
        var next = RateLimitRoute.From(HttpMethod.Get, "users/@me/guilds?limit=200&after=333333333333333333");

        Assert.Equal(first.Key, next.Key);
        Assert.Equal("GET users/@me/guilds", next.Template);
    }
}
