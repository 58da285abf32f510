using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Platforms;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Platforms;

public sealed class StoredEventOutcomesTests
{
    private static readonly TimeSpan Keep = TimeSpan.FromDays(2);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task CommitAsync_EventClaimedElsewhereOnSqlite_OnlyTheOthersClaimedAndStored()
    {
        await using var database = TestDatabase.Sqlite();
        await OnlyUnclaimedStoredAsync(database);
    }

    [PostgresFact]
    public async Task CommitAsync_EventClaimedElsewhereOnPostgres_OnlyTheOthersClaimedAndStored()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await OnlyUnclaimedStoredAsync(database);
    }

    [Fact]
    public async Task CommitAsync_TwoInstancesCommittingTheSameBatchOnSqlite_EachEventClaimedOnce()
    {
        await using var database = TestDatabase.Sqlite();
        await EachClaimedOnceAsync(database);
    }

    [PostgresFact]
    public async Task CommitAsync_TwoInstancesCommittingTheSameBatchOnPostgres_EachEventClaimedOnce()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await EachClaimedOnceAsync(database);
    }

    [Fact]
    public async Task ClaimedAsync_LiveExpiredAndUnknownClaims_ReportsOnlyTheLiveOnes()
    {
        await using var database = TestDatabase.Sqlite();
        var outcomes = new StoredEventOutcomes(await database.InstanceAsync(), clock);
        await outcomes.CommitAsync("matrix", [Outcome("$short")], TimeSpan.FromMinutes(5), CancellationToken.None);
        await outcomes.CommitAsync("matrix", [Outcome("$long")], Keep, CancellationToken.None);
        await outcomes.CommitAsync("discord", [Outcome("$other-platform")], Keep, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(6));

        var claimed = await outcomes.ClaimedAsync("matrix", ["$short", "$long", "$other-platform", "$never"], CancellationToken.None);

        Assert.Equal(["$long"], claimed);
    }

    [Fact]
    public async Task CommitAsync_ExpiredClaim_TakenOverAndItsValuesStored()
    {
        await using var database = TestDatabase.Sqlite();
        var contexts = await database.InstanceAsync();
        var outcomes = new StoredEventOutcomes(contexts, clock);
        await outcomes.CommitAsync("matrix", [Outcome("$e", ("k", "first"))], TimeSpan.FromMinutes(5), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(6));

        var claimed = await outcomes.CommitAsync("matrix", [Outcome("$e", ("k", "second"))], Keep, CancellationToken.None);

        Assert.Equal(["$e"], claimed);
        Assert.Equal("second", await new StoredPlatformState(contexts, clock).GetAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task CommitAsync_MoreEventsThanOneStatementHolds_AllClaimedAndStored()
    {
        await using var database = TestDatabase.Sqlite();
        var contexts = await database.InstanceAsync();
        var outcomes = new StoredEventOutcomes(contexts, clock);
        var batch = Enumerable.Range(0, 600).Select(i => Outcome($"$e{i}", ($"reply:{i}:a", $"a{i}"), ($"reply:{i}:b", $"b{i}"))).ToList();

        var claimed = await outcomes.CommitAsync("matrix", batch, Keep, CancellationToken.None);

        Assert.Equal(600, claimed.Count);
        var values = await new StoredPlatformState(contexts, clock).GetByPrefixAsync("reply:", CancellationToken.None);
        Assert.Equal(1_200, values.Count);
        Assert.Contains(KeyValuePair.Create("reply:599:b", "b599"), values);
    }

    [Fact]
    public async Task CommitAsync_OneValueTooLong_ThrowsNamingTheLimitAndStoresNothing()
    {
        await using var database = TestDatabase.Sqlite();
        var contexts = await database.InstanceAsync();
        var outcomes = new StoredEventOutcomes(contexts, clock);
        var tooLong = new string('x', PlatformStateEntity.MaxValueLength + 1);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            outcomes.CommitAsync("matrix", [Outcome("$fine", ("a", "ok")), Outcome("$bad", ("b", tooLong))], Keep, CancellationToken.None));

        Assert.Contains("at most 4000", error.Message, StringComparison.Ordinal);
        Assert.Empty(await outcomes.ClaimedAsync("matrix", ["$fine", "$bad"], CancellationToken.None));
        Assert.Null(await new StoredPlatformState(contexts, clock).GetAsync("a", CancellationToken.None));
    }

    private async Task OnlyUnclaimedStoredAsync(TestDatabase database)
    {
        var contexts = await database.InstanceAsync();
        var outcomes = new StoredEventOutcomes(contexts, clock);
        await using (var writes = new GroupCommit(contexts, NullLogger<GroupCommit>.Instance))
        {
            Assert.True(await new StoredEventClaims(writes, clock).TryClaimAsync("matrix", "$taken", Keep, CancellationToken.None));
        }

        var claimed = await outcomes.CommitAsync(
            "matrix",
            [Outcome("$one", ("reply:one", "1")), Outcome("$taken", ("reply:taken", "x")), Outcome("$none"), Outcome("$two", ("reply:two", "2"), ("more:room", "later"))],
            Keep,
            CancellationToken.None);

        Assert.Equal(["$none", "$one", "$two"], claimed.Order(StringComparer.Ordinal));
        await using var db = contexts.CreateDbContext();
        Assert.Equal(
            ["more:room=later", "reply:one=1", "reply:two=2"],
            (await db.PlatformState.Select(s => s.Key + "=" + s.Value).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(["$none", "$one", "$taken", "$two"], await outcomes.ClaimedAsync("matrix", ["$one", "$taken", "$none", "$two", "$else"], CancellationToken.None) is var all ? all.Order(StringComparer.Ordinal) : []);
    }

    private async Task EachClaimedOnceAsync(TestDatabase database)
    {
        var first = new StoredEventOutcomes(await database.InstanceAsync(), clock);
        var second = new StoredEventOutcomes(await database.InstanceAsync(), clock);
        var batch = Enumerable.Range(0, 50).Select(i => Outcome($"$e{i}", ($"reply:{i}", "x"))).ToList();

        var won = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? first : second).CommitAsync("matrix", i % 3 == 0 ? batch : [.. Enumerable.Reverse(batch)], Keep, CancellationToken.None)));

        Assert.All(batch, outcome => Assert.Equal(1, won.Count(w => w.Contains(outcome.EventId))));
    }

    private static EventOutcome Outcome(string eventId, params (string Key, string Value)[] values) =>
        new(eventId, values.Select(v => KeyValuePair.Create(v.Key, v.Value)).ToList());
}
