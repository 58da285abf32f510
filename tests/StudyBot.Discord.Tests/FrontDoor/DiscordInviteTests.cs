using StudyBot.Discord.FrontDoor;

namespace StudyBot.Discord.Tests.FrontDoor;

public sealed class DiscordInviteTests
{
    [Fact]
    public void UrlFor_ApplicationId_BothScopesAndViewSendEmbedOnly()
    {
        var url = DiscordInvite.UrlFor("123456789012345678");

        // 1024 View Channel + 2048 Send Messages + 16384 Embed Links.
        Assert.Equal("https://discord.com/oauth2/authorize?client_id=123456789012345678&scope=bot+applications.commands&permissions=19456", url!.AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("12345678901234567a")]
    public void UrlFor_NotASnowflake_Null(string applicationId)
    {
        Assert.Null(DiscordInvite.UrlFor(applicationId));
    }
}
