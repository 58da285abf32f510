namespace StudyBot.Terminal;

/// <summary>
/// The terminal's input and output, shared by the chat loop and scheduled posts so their lines never
/// interleave.
/// </summary>
internal sealed class TerminalConsole
{
    private readonly Lock writeLock = new();

    public TerminalConsole(TextReader input, TextWriter output, bool interactive)
    {
        Input = input;
        Output = output;
        Interactive = interactive;
    }

    public TextReader Input { get; }

    public TextWriter Output { get; }

    /// <summary>Whether a person types at a prompt; false when standard input is piped.</summary>
    public bool Interactive { get; }

    public static TerminalConsole FromSystemConsole() => new(Console.In, Console.Out, !Console.IsInputRedirected);

    /// <summary>The next line, or null at end of input; waiting for it ends when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <remarks>
    /// The console's reader blocks its caller until a line arrives, whatever token it is given, so the read runs on a
    /// thread of its own that a Ctrl+C leaves behind instead of waiting for Enter (the host would wait 30 s).
    /// </remarks>
    public Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => Input.ReadLineAsync(cancellationToken).AsTask(), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            .Unwrap()
            .WaitAsync(cancellationToken);

    public void Write(string text)
    {
        lock (writeLock)
        {
            Output.Write(text);
            Output.Flush();
        }
    }

    public void Prompt()
    {
        if (Interactive)
        {
            Write("> ");
        }
    }
}
