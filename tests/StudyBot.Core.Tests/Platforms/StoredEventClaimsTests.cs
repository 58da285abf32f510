using Microsoft.EntityFrameworkCore;
using StudyBot.Core.Platforms;
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
        var claims = new StoredEventClaims(contexts, clock);
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

    private async Task ClaimedOnceAsync(TestDatabase database)
    {
        var first = new StoredEventClaims(await database.InstanceAsync(), clock);
        var second = new StoredEventClaims(await database.InstanceAsync(), clock);

        var won = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            (i % 2 == 0 ? first : second).TryClaimAsync("discord", "1234567890", TimeSpan.FromMinutes(15), CancellationToken.None)));

        Assert.Equal(1, won.Count(w => w));
    }
}
