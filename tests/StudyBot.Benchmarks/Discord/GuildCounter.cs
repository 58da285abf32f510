using System.Diagnostics;
using StudyBot.Discord.Gateway;

namespace StudyBot.Benchmarks.Discord;

/// <summary>
/// Registered after the bot's own dispatch handlers, so an event it counts has been through them: notes when
/// READY arrived and completes when the expected GUILD_CREATEs have all been handled.
/// </summary>
internal sealed class GuildCounter(int expected) : IGatewayDispatchHandler
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _guilds;

    public long ReadyAt { get; private set; }

    public Task AllHandled => _all.Task;

    public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        if (dispatch.Type == "READY")
        {
            ReadyAt = Stopwatch.GetTimestamp();
        }
        else if (dispatch.Type == "GUILD_CREATE" && Interlocked.Increment(ref _guilds) == expected)
        {
            _all.TrySetResult();
        }

        return Task.CompletedTask;
    }
}
