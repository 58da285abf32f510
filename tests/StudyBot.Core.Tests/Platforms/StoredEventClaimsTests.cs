using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Platforms;
using StudyBot.Core.Storage;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Platforms;

public sealed class StoredEventClaimsTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryClaimAsync_OneEventOnTwoInstancesOnSqlite_IsClaimedOnce()
    {
        await using var database = TestDatabase.Sqlite();
        await ClaimedOnceAsync(database);
    }

    [PostgresFact]
    public async Task TryClaimAsync_OneEventOnTwoInstancesOnPostgres_IsClaimedOnce()
    {
        await using var database = await TestDatabase.PostgresAsync();
        await ClaimedOnceAsync(database);
    }

    [Fact]
    public async Task TryClaimAsync_AfterTheClaimExpired_ClaimsAgainAndCleansUpExpiredClaims()
    {
        await using var database = TestDatabase.Sqlite();
        var contexts = await database.InstanceAsync();
        await using var writes = new GroupCommit(contexts, NullLogger<GroupCommit>.Instance);
        var claims = new StoredEventClaims(writes, clock);
        var keep = TimeSpan.FromMinutes(5);

        var first = await claims.TryClaimAsync("discord", "1001", keep, CancellationToken.None);
        var stillHeld = await claims.TryClaimAsync("discord", "1001", keep, CancellationToken.None);
        var otherPlatform = await claims.TryClaimAsync("matrix", "1001", keep, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(6));
        var afterExpiry = await claims.TryClaimAsync("discord", "2002", keep, CancellationToken.None);

        Assert.Equal((true, false, true, true), (first, stillHeld, otherPlatform, afterExpiry));
        await using (var db = contexts.CreateDbContext())
        {
            Assert.Equal(["discord:2002"], await db.EventClaims.Select(c => c.Platform + ":" + c.EventId).ToListAsync());
        }

        Assert.True(await claims.TryClaimAsync("discord", "1001", keep, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaimAsync_MoreExpiredClaimsThanOneCleanupTakesOnSqlite_DeletesTheRestAtTheNextCleanup()
    {
        await using var database = TestDatabase.Sqlite();
        await CleansUpInStepsAsync(database);
    }

    [PostgresFact]
    public async Task TryClaimAsync_MoreExpiredClaimsThanOneCleanupTakesOnPostgres_DeletesTheRestAtTheNextCleanup()
    {
        await using var database = await TestDatabase.PostgresAsync();

        await CleansUpInStepsAsync(database);
    }

    private async Task CleansUpInStepsAsync(TestDatabase database)
    {
        var contexts = await database.InstanceAsync();
        await using var writes = new GroupCommit(contexts, NullLogger<GroupCommit>.Instance);
        var expired = StoredEventClaims.CleanupLimit + 500;
        await writes.RunAsync(
            async batch =>
            {
                for (var i = 0; i < expired; i++)
                {
                    await batch.ExecuteAsync("""INSERT INTO "EventClaims" ("Platform", "EventId", "ExpiresUtc") VALUES ('discord', @p0, 0)""", $"old-{i}");
                }

                return expired;
            },
            CancellationToken.None);
        var claims = new StoredEventClaims(writes, clock);

        await claims.TryClaimAsync("discord", "new-1", TimeSpan.FromMinutes(5), CancellationToken.None);
        var afterFirst = await CountAsync(contexts);
        clock.Advance(StoredEventClaims.CleanupInterval);
        await claims.TryClaimAsync("discord", "new-2", TimeSpan.FromMinutes(5), CancellationToken.None);

        Assert.Equal((500 + 1, 2), (afterFirst, await CountAsync(contexts)));
    }

    private static async Task<int> CountAsync(StudyBotDbContextFactory contexts)
    {
        await using var db = contexts.CreateDbContext();
        return await db.EventClaims.CountAsync();
    }

    private async Task ClaimedOnceAsync(TestDatabase database)
    {
        await using var firstWrites = new GroupCommit(await database.InstanceAsync(), NullLogger<GroupCommit>.Instance);
        await using var secondWrites = new GroupCommit(await database.InstanceAsync(), NullLogger<GroupCommit>.Instance);
        var first = new StoredEventClaims(firstWrites, clock);
        var second = new StoredEventClaims(secondWrites, clock);

        // Ten events each delivered eight times, to both instances at once: claims of one event meet within a batch and across.
        var won = await Task.WhenAll(Enumerable.Range(0, 80).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).TryClaimAsync("discord", $"12345678{i % 10}", TimeSpan.FromMinutes(15), CancellationToken.None))));

        Assert.Equal(Enumerable.Repeat(1, 10), Enumerable.Range(0, 80).Where(i => won[i]).GroupBy(i => i % 10).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.Equal(10, won.Count(w => w));
    }
}
