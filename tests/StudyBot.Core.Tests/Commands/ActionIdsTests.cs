using StudyBot.Core.Commands;

namespace StudyBot.Core.Tests.Commands;

public sealed class ActionIdsTests
{
    private readonly MemoryPlatformStateStore store = new();

    [Fact]
    public async Task IdOfAsync_ShortLine_KeepsTheLineInTheIdAndStoresNothing()
    {
        var ids = new ActionIds(store);

        var id = await ids.IdOfAsync(new ReplyAction("Next", "/help page:2") { Intent = ActionIntent.ReplaceMessage }, CancellationToken.None);

        Assert.Equal("rl|/help page:2", id);
        Assert.Empty(store.Values);
        Assert.Equal((ActionIntent.ReplaceMessage, "/help page:2"), await ids.ReadAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task IdOfAsync_LongLine_GivesAnIdOfAtMost100CharactersThatReadsBackTheLine()
    {
        var ids = new ActionIds(store);
        var line = "/quote topic:\"" + new string('w', 150) + "\" document:\"workers-opposition\"";

        var id = await ids.IdOfAsync(new ReplyAction("Another", line), CancellationToken.None);
        var again = await ids.IdOfAsync(new ReplyAction("Another", line), CancellationToken.None);

        Assert.InRange(id.Length, 1, ActionIds.MaxLength);
        Assert.Equal(id, again);
        Assert.Single(store.Values);
        Assert.Equal((ActionIntent.PostNew, line), await ids.ReadAsync(id, CancellationToken.None));
    }

    [Theory]
    [InlineData("something-else")]
    [InlineData("nk|0123456789abcdef0123456789abcdef")]
    public async Task ReadAsync_ForeignOrForgottenId_ReturnsNull(string id)
    {
        Assert.Null(await new ActionIds(store).ReadAsync(id, CancellationToken.None));
    }
}
