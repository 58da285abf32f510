using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using StudyBot.Core.Commands;
using StudyBot.Core.Settings;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Terminal;

namespace StudyBot.Tests.Terminal;

public sealed class TerminalChatTests : IAsyncDisposable
{
    private readonly TestDatabase database = TestDatabase.Sqlite();

    /// <summary>The context builder over a community without settings, on a test database migrated before the chat starts.</summary>
    private async Task<Lazy<CommandContextBuilder>> ContextsAsync()
    {
        var store = new CommunitySettingsStore(await database.InstanceAsync(), TimeProvider.System);
        return new Lazy<CommandContextBuilder>(() => new CommandContextBuilder(store));
    }

    private sealed class EchoCommand : ICommand
    {
        public CommandDeclaration Declaration { get; } = new("echo", "Repeats", CommandOption.Text("text", "What to repeat", takesRest: true));

        public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken) =>
            Task.FromResult<Reply>(new MessageReply($"{arguments.GetText("text")} (moderator: {context.IsModerator})"));
    }

    private async Task<(string Output, Mock<IHostApplicationLifetime> Lifetime)> RunAsync(string input)
    {
        var output = new StringWriter();
        var console = new TerminalConsole(new StringReader(input), output, interactive: false);
        var dispatcher = new CommandDispatcher(new CommandCatalog([new EchoCommand()]), NullLogger<CommandDispatcher>.Instance);
        var lifetime = new Mock<IHostApplicationLifetime>();
        lifetime.SetupGet(l => l.ApplicationStarted).Returns(new CancellationToken(canceled: true));
        using var chat = new TerminalChat(new Lazy<CommandDispatcher>(() => dispatcher), await ContextsAsync(), console, lifetime.Object);

        await chat.StartAsync(CancellationToken.None);
        await chat.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        return (output.ToString(), lifetime);
    }

    [Fact]
    public async Task Piped_input_runs_each_line_then_stops_the_host()
    {
        var (output, lifetime) = await RunAsync("/echo hello there\n\n# a comment\necho again\n");

        Assert.Equal($"hello there (moderator: True){Environment.NewLine}again (moderator: True){Environment.NewLine}", output);
        lifetime.Verify(l => l.StopApplication(), Times.Once);
    }

    [Fact]
    public async Task Bad_lines_get_errors_and_later_lines_still_run()
    {
        var (output, _) = await RunAsync("/nope\n/echo still here\n");

        Assert.Contains("Error: Unknown command '/nope'", output, StringComparison.Ordinal);
        Assert.Contains("still here", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quit_stops_before_later_lines()
    {
        var (output, _) = await RunAsync("/quit\n/echo never\n");

        Assert.DoesNotContain("never", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_of_input_while_the_host_is_still_starting_waits_for_the_start_before_stopping()
    {
        var input = new SignallingReader(string.Empty);
        var console = new TerminalConsole(input, new StringWriter(), interactive: false);
        var dispatcher = new CommandDispatcher(new CommandCatalog([new EchoCommand()]), NullLogger<CommandDispatcher>.Instance);
        using var started = new CancellationTokenSource();
        var lifetime = new Mock<IHostApplicationLifetime>();
        lifetime.SetupGet(l => l.ApplicationStarted).Returns(started.Token);
        using var chat = new TerminalChat(new Lazy<CommandDispatcher>(() => dispatcher), await ContextsAsync(), console, lifetime.Object);

        await chat.StartAsync(CancellationToken.None);
        await input.EndOfInput.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(chat.ExecuteTask!.IsCompleted);
        lifetime.Verify(l => l.StopApplication(), Times.Never);

        await started.CancelAsync();
        await chat.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        lifetime.Verify(l => l.StopApplication(), Times.Once);
    }

    [Fact]
    public async Task StopAsync_WhileTheConsoleWaitsForALine_ReturnsWithoutTheLine()
    {
        using var input = new BlockingConsoleReader();
        var console = new TerminalConsole(input, new StringWriter(), interactive: true);
        var dispatcher = new CommandDispatcher(new CommandCatalog([new EchoCommand()]), NullLogger<CommandDispatcher>.Instance);
        var lifetime = new Mock<IHostApplicationLifetime>();
        lifetime.SetupGet(l => l.ApplicationStarted).Returns(new CancellationToken(canceled: true));
        using var chat = new TerminalChat(new Lazy<CommandDispatcher>(() => dispatcher), await ContextsAsync(), console, lifetime.Object);
        await chat.StartAsync(CancellationToken.None);
        await input.Reading.WaitAsync(TimeSpan.FromSeconds(10));

        // As on Ctrl+C: the host stops while nobody presses Enter. The guard only keeps a regression from hanging the run.
        await chat.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(chat.ExecuteTask!.IsCompletedSuccessfully);
        lifetime.Verify(l => l.StopApplication(), Times.Never);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    /// <summary>Piped input that says when the chat has read to its end.</summary>
    private sealed class SignallingReader(string text) : StringReader(text)
    {
        private readonly TaskCompletionSource endOfInput = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task EndOfInput => endOfInput.Task;

        public override string? ReadLine()
        {
            var line = base.ReadLine();
            if (line is null)
            {
                endOfInput.TrySetResult();
            }

            return line;
        }

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());
    }

    /// <summary>Like Console.In at a terminal: a read blocks its thread until a line comes, whatever the token says.</summary>
    private sealed class BlockingConsoleReader : TextReader
    {
        private readonly ManualResetEventSlim lineTyped = new();
        private readonly TaskCompletionSource reading = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reading => reading.Task;

        public override string? ReadLine()
        {
            reading.TrySetResult();
            lineTyped.Wait();
            return null;
        }

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                // Set, not disposed: the left-behind reading thread wakes on it after the test.
                lineTyped.Set();
            }

            base.Dispose(disposing);
        }
    }
}
