namespace StudyBot.Discord.Tests.TestSupport;

/// <summary>Waits for a condition that the client reaches on its own threads; fails with a message when it never does.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what, TimeSpan? patience = null)
    {
        using var cancel = new CancellationTokenSource(patience ?? Fake.FakeDiscord.Patience);
        while (!condition())
        {
            if (cancel.IsCancellationRequested)
            {
                Assert.Fail($"Never happened: {what}");
            }

            await Task.Delay(20);
        }
    }
}
