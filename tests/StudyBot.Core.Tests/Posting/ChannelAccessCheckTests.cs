using Moq;
using StudyBot.Core.Posting;

namespace StudyBot.Core.Tests.Posting;

public sealed class ChannelAccessCheckTests
{
    [Fact]
    public async Task CheckAsync_PlatformWithoutAccessService_Allows()
    {
        var check = new ChannelAccessCheck([]);

        Assert.Equal(ChannelAccessResult.Allowed, await check.CheckAsync("terminal:terminal", CancellationToken.None));
    }

    [Fact]
    public async Task CheckAsync_PlatformWithAccessService_AsksItAndReturnsItsAnswer()
    {
        var discord = new Mock<IChannelAccess>();
        discord.SetupGet(a => a.Platform).Returns("discord");
        discord.Setup(a => a.CheckAsync("discord:42", It.IsAny<CancellationToken>())).ReturnsAsync(ChannelAccessResult.CannotPost);
        var check = new ChannelAccessCheck([discord.Object]);

        Assert.Equal(ChannelAccessResult.CannotPost, await check.CheckAsync("discord:42", CancellationToken.None));
        Assert.Equal(ChannelAccessResult.Allowed, await check.CheckAsync("matrix:!room:example.org", CancellationToken.None));
    }
}
