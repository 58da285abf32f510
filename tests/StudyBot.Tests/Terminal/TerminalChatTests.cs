using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using StudyBot.Core.Commands;
using StudyBot.Terminal;

namespace StudyBot.Tests.Terminal;

public class TerminalChatTests
{
    private sealed class EchoCommand : ICommand
    {
        public CommandDeclaration Declaration { get; } = new("echo", "Repeats", CommandOption.Text("text", "What to repeat", takesRest: true));

        public Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken) =>
            Task.FromResult<Reply>(new MessageReply($"{arguments.GetText("text")} (moderator: {context.IsModerator})"));
    }

    private static async Task<(string Output, Mock<IHostApplicationLifetime> Lifetime)> RunAsync(string input)
    {
        var output = new StringWriter();
        var console = new TerminalConsole(new StringReader(input), output, interactive: false);
        var dispatcher = new CommandDispatcher(new CommandCatalog([new EchoCommand()]), NullLogger<CommandDispatcher>.Instance);
        var lifetime = new Mock<IHostApplicationLifetime>();
        lifetime.SetupGet(l => l.ApplicationStarted).Returns(new CancellationToken(canceled: true));
        using var chat = new TerminalChat(new Lazy<CommandDispatcher>(() => dispatcher), console, lifetime.Object);

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
        var console = new TerminalConsole(new StringReader(string.Empty), new StringWriter(), interactive: false);
        var dispatcher = new CommandDispatcher(new CommandCatalog([new EchoCommand()]), NullLogger<CommandDispatcher>.Instance);
        using var started = new CancellationTokenSource();
        var lifetime = new Mock<IHostApplicationLifetime>();
        lifetime.SetupGet(l => l.ApplicationStarted).Returns(started.Token);
        using var chat = new TerminalChat(new Lazy<CommandDispatcher>(() => dispatcher), console, lifetime.Object);

        await chat.StartAsync(CancellationToken.None);
        await Task.WhenAny(chat.ExecuteTask!, Task.Delay(200));
        lifetime.Verify(l => l.StopApplication(), Times.Never);

        await started.CancelAsync();
        await chat.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        lifetime.Verify(l => l.StopApplication(), Times.Once);
    }
}
