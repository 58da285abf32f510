using Microsoft.Extensions.Hosting;
using StudyBot.Core.Commands;

namespace StudyBot.Terminal;

/// <summary>
/// The terminal front door: each line is a command run as the local user, who moderates the local
/// community. With piped input it runs every line and stops the host at end of input.
/// </summary>
/// <remarks>
/// The prompt comes first: the corpus, the database and the scheduler finish starting while the user types,
/// and the first command waits until the host has started. Register it before the other hosted services.
/// </remarks>
internal sealed class TerminalChat : BackgroundService
{
    public const string Platform = "terminal";

    /// <summary>The one channel of the terminal; moderators name it as "terminal" in commands.</summary>
    public const string ChannelId = Platform + ":terminal";

    private readonly Lazy<CommandDispatcher> dispatcher;
    private readonly Lazy<CommandContextBuilder> contexts;
    private readonly TerminalConsole console;
    private readonly IHostApplicationLifetime lifetime;

    public TerminalChat(Lazy<CommandDispatcher> dispatcher, Lazy<CommandContextBuilder> contexts, TerminalConsole console, IHostApplicationLifetime lifetime)
    {
        this.dispatcher = dispatcher;
        this.contexts = contexts;
        this.console = console;
        this.lifetime = lifetime;
    }

    /// <summary>The local user, who moderates the local community; the community's settings choose the reply language.</summary>
    public static CommandActor LocalActor { get; } = new(
        Platform,
        Platform + ":local",
        ChannelId,
        Platform + ":" + Environment.UserName,
        Environment.UserName,
        IsPlatformAdmin: true,
        HoldsRole: _ => false,
        Locale: Thread.CurrentThread.CurrentUICulture.TwoLetterISOLanguageName,
        // One reader, who sees every reply: private replies are possible and a quiz moves on after each answer.
        Capabilities: new PlatformCapabilities('/', HasPrivateReplies: true, IsPersonal: true),
        Values: PrefixedPlatformValues.Instance);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Returns to the host at once, so the services registered after this one start while the prompt shows.
        await Task.Yield();
        try
        {
            await ChatAsync(stoppingToken).ConfigureAwait(false);

            // Stopping a host that is still starting would cancel its start (empty input, or a quick /quit).
            await WhenStartedAsync(stoppingToken).ConfigureAwait(false);
            lifetime.StopApplication();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping (Ctrl+C, or a start that failed and is reported by the host's runner): nothing to add.
        }
    }

    private async Task ChatAsync(CancellationToken stoppingToken)
    {
        var ready = WhenReadyAsync(stoppingToken);
        if (console.Interactive)
        {
            console.Write("StudyBot. Type /help for commands, /quit to leave." + Environment.NewLine);
        }

        while (true)
        {
            console.Prompt();
            var line = await console.ReadLineAsync(stoppingToken).ConfigureAwait(false);
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var command = CommandLineParser.LooksLikeCommand(line) ? line : "/" + line.Trim();
            var commands = await ready.ConfigureAwait(false);
            var context = await contexts.Value.BuildAsync(LocalActor, stoppingToken).ConfigureAwait(false);
            var reply = await commands.ExecuteLineAsync(context, command, stoppingToken).ConfigureAwait(false);
            console.Write(TerminalRenderer.Render(reply));
        }
    }

    /// <summary>The dispatcher, once the host has started; the corpus loads meanwhile, off the prompt's path.</summary>
    private async Task<CommandDispatcher> WhenReadyAsync(CancellationToken stoppingToken)
    {
        var loading = Task.Run(() => dispatcher.Value, stoppingToken);
        await WhenStartedAsync(stoppingToken).ConfigureAwait(false);
        return await loading.ConfigureAwait(false);
    }

    private async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
    }
}
