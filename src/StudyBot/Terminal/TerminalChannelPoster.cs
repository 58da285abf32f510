using StudyBot.Core.Commands;
using StudyBot.Core.Posting;

namespace StudyBot.Terminal;

/// <summary>Shows scheduled posts for the terminal channel between chat lines.</summary>
/// <remarks>
/// The terminal keeps no history to deduplicate against, so a post retried after a crash shows again;
/// the outbox makes that rare, and the terminal is a local, single-user front door.
/// </remarks>
internal sealed class TerminalChannelPoster : IChannelPoster
{
    private readonly TerminalConsole console;

    public TerminalChannelPoster(TerminalConsole console)
    {
        this.console = console;
    }

    public string Platform => TerminalChat.Platform;

    public Task<string?> PostAsync(string channelId, Reply reply, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (channelId != TerminalChat.ChannelId)
        {
            throw new PostFailedException($"The terminal has only the channel 'terminal', not '{channelId}'.", permanent: true);
        }

        console.Write(Environment.NewLine + TerminalRenderer.Render(reply));
        console.Prompt();
        return Task.FromResult<string?>(null);
    }
}
