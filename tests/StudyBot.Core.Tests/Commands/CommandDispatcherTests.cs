using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using StudyBot.Core.Commands;

namespace StudyBot.Core.Tests.Commands;

public class CommandDispatcherTests
{
    private readonly Dictionary<string, RecordingCommand> commands;
    private readonly CommandDispatcher dispatcher;

    public CommandDispatcherTests()
    {
        var (catalog, recorded) = TestCatalog.Create();
        commands = recorded;
        dispatcher = new CommandDispatcher(catalog, NullLogger<CommandDispatcher>.Instance);
    }

    [Fact]
    public async Task Member_running_a_moderator_command_is_refused_and_the_command_never_runs()
    {
        var reply = await dispatcher.ExecuteLineAsync(TestCatalog.Member, "/readinglist-admin add Spring workplace-cells", CancellationToken.None);

        var message = Assert.IsType<MessageReply>(reply);
        Assert.Equal(ReplyTone.Error, message.Tone);
        Assert.Contains("for moderators", message.Text, StringComparison.Ordinal);
        Assert.Empty(commands["readinglist-admin add"].Calls);
    }

    [Fact]
    public async Task Moderator_runs_a_moderator_command_with_bound_arguments()
    {
        await dispatcher.ExecuteLineAsync(TestCatalog.Moderator, "/readinglist-admin add Spring workplace-cells 3", CancellationToken.None);

        var call = Assert.Single(commands["readinglist-admin add"].Calls);
        Assert.Equal(3L, call.GetInteger("position"));
    }

    [Fact]
    public async Task Bad_value_is_an_error_reply_and_the_command_never_runs()
    {
        var reply = await dispatcher.ExecuteLineAsync(TestCatalog.Moderator, "/excerpt daily terminal 25:61 UTC", CancellationToken.None);

        Assert.Equal(ReplyTone.Error, Assert.IsType<MessageReply>(reply).Tone);
        Assert.Empty(commands["excerpt daily"].Calls);
    }

    [Fact]
    public async Task Failing_command_gives_a_short_apology_without_exception_details()
    {
        var failing = new Mock<ICommand>();
        failing.SetupGet(c => c.Declaration).Returns(new CommandDeclaration("boom", "Fails"));
        failing.Setup(c => c.ExecuteAsync(It.IsAny<CommandContext>(), It.IsAny<CommandArguments>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("secret connection string"));
        var withFailing = new CommandDispatcher(new CommandCatalog([failing.Object]), NullLogger<CommandDispatcher>.Instance);

        var reply = await withFailing.ExecuteLineAsync(TestCatalog.Member, "/boom", CancellationToken.None);

        var message = Assert.IsType<MessageReply>(reply);
        Assert.Contains("/boom failed", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_command_with_usage_and_marks_moderator_ones()
    {
        var reply = await dispatcher.ExecuteLineAsync(TestCatalog.Member, "/help", CancellationToken.None);

        var lines = Assert.IsType<ListReply>(reply).Items.Select(i => i.PlainText).ToArray();
        Assert.Contains("/quote [topic] [document:…]: A quotable passage", lines);
        Assert.Contains(lines, l => l.StartsWith("/readinglist-admin add <list> <document> [position]", StringComparison.Ordinal) && l.EndsWith("(moderators)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_for_one_command_explains_its_options_and_limits()
    {
        var reply = await dispatcher.ExecuteLineAsync(TestCatalog.Member, "/help readinglist-admin", CancellationToken.None);

        var text = string.Join('\n', Assert.IsType<DocumentReply>(reply).Paragraphs);
        Assert.Contains("position: Where to insert (1-100)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteLine_ChannelOption_IsResolvedByTheFrontDoorBeforeBinding()
    {
        var (catalog, commands) = TestCatalog.Create();
        var run = new CommandDispatcher(catalog, NullLogger<CommandDispatcher>.Instance);

        await run.ExecuteLineAsync(TestCatalog.Moderator, "/excerpt daily #reading 07:30 Europe/Amsterdam", CancellationToken.None);

        Assert.Equal("terminal:reading", Assert.Single(commands["excerpt daily"].Calls).GetText("channel"));
    }

    [Fact]
    public async Task Help_ManyCommands_IsPagedWithButtonsThatReplaceTheMessage()
    {
        var many = Enumerable.Range(0, 30).Select(i => new RecordingCommand(new CommandDeclaration($"c{i:00}", "A command")));
        var run = new CommandDispatcher(new CommandCatalog(many), NullLogger<CommandDispatcher>.Instance);

        var first = Assert.IsType<ListReply>(await run.ExecuteLineAsync(TestCatalog.Member, "/help", CancellationToken.None));
        var last = Assert.IsType<ListReply>(await run.ExecuteLineAsync(TestCatalog.Member, "/help page:3", CancellationToken.None));

        Assert.Equal((1, 3, 12), (first.Page, first.PageCount, first.Items.Count));
        var next = Assert.Single(first.Actions);
        Assert.Equal(("Next", "/help page:2", ActionIntent.ReplaceMessage), (next.Label, next.CommandLine, next.Intent));
        Assert.Equal((3, 7), (last.Page, last.Items.Count));
        Assert.Equal("Previous", Assert.Single(last.Actions).Label);
    }

    [Fact]
    public async Task Help_InternalCommands_AreNotListed()
    {
        var hidden = new RecordingCommand(new CommandDeclaration("answer", "Answers") { IsInternal = true });
        var run = new CommandDispatcher(new CommandCatalog([hidden]), NullLogger<CommandDispatcher>.Instance);

        var help = Assert.IsType<ListReply>(await run.ExecuteLineAsync(TestCatalog.Member, "!help", CancellationToken.None));

        Assert.DoesNotContain(help.Items, i => i.PlainText.Contains("answer", StringComparison.Ordinal));
    }
}
