using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Matrix.Session;
using StudyBot.Matrix.Sync;
using StudyBot.Matrix.Tests.TestSupport;

namespace StudyBot.Matrix.Tests.Sync;

public sealed class MatrixStateExpiryTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RunIfDueAsync_AfterTheRetention_ForgetsPerMessageValuesOnly()
    {
        var store = new InMemoryPlatformStateStore(clock);
        var expiry = new MatrixStateExpiry(store, Options.Create(new MatrixOptions { StateRetention = TimeSpan.FromDays(14) }), clock, NullLogger<MatrixStateExpiry>.Instance);
        foreach (var key in new[] { "matrix:actions:$old", "matrix:more:!room", "matrix:outgoing:sb1:000", "matrix:txn:reply:$old:0", MatrixStateKeys.Since, MatrixStateKeys.AccessToken })
        {
            await store.SetAsync(key, "v", CancellationToken.None);
        }

        clock.Advance(TimeSpan.FromDays(15));
        await store.SetAsync("matrix:actions:$new", "v", CancellationToken.None);

        var removed = await expiry.RunIfDueAsync(CancellationToken.None);

        Assert.Equal(4, removed);
        Assert.Equal(["matrix:access-token", "matrix:actions:$new", "matrix:since"], store.Values.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunIfDueAsync_CalledAgainWithinTheHour_WaitsForTheHourBeforeForgettingMore()
    {
        var store = new InMemoryPlatformStateStore(clock);
        var expiry = new MatrixStateExpiry(store, Options.Create(new MatrixOptions { StateRetention = TimeSpan.FromHours(1) }), clock, NullLogger<MatrixStateExpiry>.Instance);
        await store.SetAsync("matrix:actions:$a", "v", CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(90));
        await store.SetAsync("matrix:actions:$b", "v", CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(30));

        var first = await expiry.RunIfDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(45));
        var withinTheHour = await expiry.RunIfDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(16));
        var afterTheHour = await expiry.RunIfDueAsync(CancellationToken.None);

        Assert.Equal((1, 0, 1), (first, withinTheHour, afterTheHour));
        Assert.Empty(store.Values);
    }
}
