using StudyBot.Core.Commands;
using StudyBot.Core.Posting;

namespace StudyBot.Terminal;

/// <summary>Shows scheduled posts for the terminal channel between chat lines.</summary>
internal sealed class TerminalChannelPoster : IChannelPoster
{
    private readonly TerminalConsole console;

    public TerminalChannelPoster(TerminalConsole console)
    {
        this.console = console;
    }

    public string Platform => TerminalChat.Platform;

    public Task PostAsync(string channelId, Reply reply, CancellationToken cancellationToken)
    {
        if (channelId != TerminalChat.ChannelId)
        {
            throw new PostFailedException($"The terminal has only the channel 'terminal', not '{channelId}'.", permanent: true);
        }

        console.Write(Environment.NewLine + TerminalRenderer.Render(reply));
        console.Prompt();
        return Task.CompletedTask;
    }
}
