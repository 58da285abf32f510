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
