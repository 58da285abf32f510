using StudyBot.Core.Platforms;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Platforms;

public sealed class StoredPlatformStateTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetOrAddAsync_TwoInstancesRacingOnSqlite_AgreeOnOneValue()
    {
        await using var database = TestDatabase.Sqlite();
        await TwoInstancesAgreeAsync(database);
    }

    [PostgresFact]
    public async Task GetOrAddAsync_TwoInstancesRacingOnPostgres_AgreeOnOneValue()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await TwoInstancesAgreeAsync(database);
    }

    [Fact]
    public async Task SetAsync_ThenRemoveAsync_ReplacesAndForgetsTheValue()
    {
        await using var database = TestDatabase.Sqlite();
        var store = new StoredPlatformState(await database.InstanceAsync(), clock);

        await store.SetAsync("matrix:since", "s1", CancellationToken.None);
        await store.SetAsync("matrix:since", "s2", CancellationToken.None);
        var afterSet = await store.GetAsync("matrix:since", CancellationToken.None);
        var kept = await store.GetOrAddAsync("matrix:since", "s3", CancellationToken.None);
        await store.RemoveAsync("matrix:since", CancellationToken.None);
        await store.RemoveAsync("matrix:since", CancellationToken.None);

        Assert.Equal(("s2", "s2"), (afterSet, kept));
        Assert.Null(await store.GetAsync("matrix:since", CancellationToken.None));
        Assert.Equal("s4", await store.GetOrAddAsync("matrix:since", "s4", CancellationToken.None));
    }

    [Fact]
    public async Task SetAsync_WithAKeyLongerThanTheColumn_IsRefusedNamingTheLimit()
    {
        await using var database = TestDatabase.Sqlite();
        var store = new StoredPlatformState(await database.InstanceAsync(), clock);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => store.SetAsync(new string('k', 201), "v", CancellationToken.None));

        Assert.Contains("at most 200 characters", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveOlderThanAsync_OnSqlite_ForgetsOnlyStaleKeysOfTheFamily()
    {
        await using var database = TestDatabase.Sqlite();
        await PrunesStaleKeysAsync(database);
    }

    [PostgresFact]
    public async Task RemoveOlderThanAsync_OnPostgres_ForgetsOnlyStaleKeysOfTheFamily()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await PrunesStaleKeysAsync(database);
    }

    [Fact]
    public async Task GetByPrefixAsync_KeysWithLikeWildcards_ListsOnlyThatFamilyInKeyOrder()
    {
        await using var database = TestDatabase.Sqlite();
        var store = new StoredPlatformState(await database.InstanceAsync(), clock);
        await store.SetAsync("matrix:out_1:b", "2", CancellationToken.None);
        await store.SetAsync("matrix:out_1:a", "1", CancellationToken.None);
        await store.SetAsync("matrix:outX1:c", "wildcard lookalike", CancellationToken.None);
        await store.SetAsync("matrix:since", "s1", CancellationToken.None);

        var family = await store.GetByPrefixAsync("matrix:out_1:", CancellationToken.None);

        Assert.Equal(["matrix:out_1:a=1", "matrix:out_1:b=2"], family.Select(p => p.Key + "=" + p.Value));
    }

    private async Task PrunesStaleKeysAsync(TestDatabase database)
    {
        var store = new StoredPlatformState(await database.InstanceAsync(), clock);
        await store.SetAsync("matrix:txn:old", "t1", CancellationToken.None);
        await store.SetAsync("matrix:since", "s1", CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(8));
        await store.SetAsync("matrix:txn:new", "t2", CancellationToken.None);

        var removed = await store.RemoveOlderThanAsync("matrix:txn:", clock.GetUtcNow() - TimeSpan.FromDays(7), CancellationToken.None);

        Assert.Equal(1, removed);
        Assert.Null(await store.GetAsync("matrix:txn:old", CancellationToken.None));
        Assert.Equal("t2", await store.GetAsync("matrix:txn:new", CancellationToken.None));
        Assert.Equal("s1", await store.GetAsync("matrix:since", CancellationToken.None));
    }

    private async Task TwoInstancesAgreeAsync(TestDatabase database)
    {
        var first = new StoredPlatformState(await database.InstanceAsync(), clock);
        var second = new StoredPlatformState(await database.InstanceAsync(), clock);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            (i % 2 == 0 ? first : second).GetOrAddAsync("matrix:txn:42", $"txn-{i}", CancellationToken.None)));

        var winner = Assert.Single(results.Distinct());
        Assert.StartsWith("txn-", winner, StringComparison.Ordinal);
        Assert.Equal(winner, await second.GetAsync("matrix:txn:42", CancellationToken.None));
    }
}
