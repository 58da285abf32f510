using System.Diagnostics;
using StudyBot.Discord.Tests.Fake;

namespace StudyBot.Benchmarks.Discord;

/// <summary>Waiting on the fake gateway for a bot in another process, which takes longer to start than the tests allow.</summary>
internal static class FakeGateway
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(1);

    /// <summary>The bot's first connection, once it has identified and the fake has answered READY.</summary>
    public static async Task<FakeGatewayConnection> ReadyAsync(FakeDiscord fake)
    {
        var patience = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var connection = await fake.NextConnectionAsync();
                await connection.WaitForAsync(2);
                while (connection.SessionId is null)
                {
                    await Task.Delay(10);
                }

                return connection;
            }
            catch (OperationCanceledException) when (patience.Elapsed < StartPatience)
            {
                // The bot is still starting.
            }
        }
    }
}
