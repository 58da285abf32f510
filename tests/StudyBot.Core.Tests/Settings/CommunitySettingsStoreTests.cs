using StudyBot.Core.Settings;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Settings;

public sealed class CommunitySettingsStoreTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetAsync_AfterAChangeThroughTheSameStore_ReturnsTheChangeAtOnce()
    {
        await using var database = TestDatabase.Sqlite();
        var store = new CommunitySettingsStore(await database.InstanceAsync(), clock);
        var before = await store.GetAsync("chat:c", CancellationToken.None);

        await store.UpdateAsync("chat:c", s => s.ModeratorRoleId = "hosts", CancellationToken.None);

        Assert.Null(before.ModeratorRole);
        Assert.Equal("hosts", (await store.GetAsync("chat:c", CancellationToken.None)).ModeratorRole);
    }

    [Fact]
    public async Task GetAsync_AfterAChangeOnAnotherInstance_ReturnsItOnceTheCachedSettingsExpired()
    {
        await using var database = TestDatabase.Sqlite();
        var here = new CommunitySettingsStore(await database.InstanceAsync(), clock);
        var there = new CommunitySettingsStore(await database.InstanceAsync(), clock);
        await here.UpdateAsync("chat:c", s => s.ModeratorRoleId = "hosts", CancellationToken.None);
        await here.GetAsync("chat:c", CancellationToken.None);

        await there.UpdateAsync("chat:c", s => s.ModeratorRoleId = null, CancellationToken.None);
        var soon = await here.GetAsync("chat:c", CancellationToken.None);
        clock.Advance(CommunitySettingsStore.CachedFor);
        var later = await here.GetAsync("chat:c", CancellationToken.None);

        Assert.Equal(("hosts", (string?)null), (soon.ModeratorRole, later.ModeratorRole));
    }
}
