using Microsoft.Extensions.Hosting;
using StudyBot.Core.Commands;

namespace StudyBot.Terminal;

/// <summary>
/// The terminal front door: each line is a command run as the local user, who moderates the local
/// community. With piped input it runs every line and stops the host at end of input.
/// </summary>
internal sealed class TerminalChat : BackgroundService
{
    public const string Platform = "terminal";

    /// <summary>The one channel of the terminal; moderators name it as "terminal" in commands.</summary>
    public const string ChannelId = Platform + ":terminal";

    private readonly CommandDispatcher dispatcher;
    private readonly TerminalConsole console;
    private readonly IHostApplicationLifetime lifetime;

    public TerminalChat(CommandDispatcher dispatcher, TerminalConsole console, IHostApplicationLifetime lifetime)
    {
        this.dispatcher = dispatcher;
        this.console = console;
        this.lifetime = lifetime;
    }

    public static CommandContext LocalContext { get; } = new(
        Platform,
        Platform + ":local",
        ChannelId,
        Platform + ":" + Environment.UserName,
        Environment.UserName,
        IsModerator: true,
        Locale: Thread.CurrentThread.CurrentUICulture.TwoLetterISOLanguageName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (scheduler, storage) before the first prompt.
        await Task.Yield();
        if (console.Interactive)
        {
            console.Write("StudyBot. Type /help for commands, /quit to leave." + Environment.NewLine);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            console.Prompt();
            var line = await console.Input.ReadLineAsync(stoppingToken).AsTask().WaitAsync(stoppingToken).ConfigureAwait(false);
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var command = CommandLineParser.LooksLikeCommand(line) ? line : "/" + line.Trim();
            var reply = await dispatcher.ExecuteLineAsync(LocalContext, command, stoppingToken).ConfigureAwait(false);
            console.Write(TerminalRenderer.Render(reply));
        }

        lifetime.StopApplication();
    }
}
