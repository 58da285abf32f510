using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Corpus;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Terminal;

namespace StudyBot.Tests.Terminal;

/// <summary>The terminal runs the same scheduler: a daily excerpt set for its channel appears between chat lines.</summary>
public sealed class TerminalSchedulingTests : IAsyncDisposable
{
    private readonly TestDatabase database = TestDatabase.Sqlite();

    [Fact]
    public async Task Daily_excerpt_for_the_terminal_appears_once_while_piped_input_stays_open()
    {
        // 07:29:59 in Amsterdam; a second later Quartz fires the 07:30 trigger.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 2, 5, 29, 59, TimeSpan.Zero));
        var input = new OpenPipeReader();
        var output = new StringWriter(CultureInfo.InvariantCulture);
        using var host = Build(clock, new TerminalConsole(input, output, interactive: false));
        await host.StartAsync();

        input.WriteLine($"{CommandLines.ExcerptDaily} terminal 07:30 Europe/Amsterdam");
        await WaitForAsync(output, "will appear in terminal:terminal");
        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitForAsync(output, "Excerpt of the day");
        input.WriteLine(CommandLines.ExcerptStatus);
        await WaitForAsync(output, "Last sent:");
        input.Close(endOfInput: true);
        await host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(30));

        var text = output.ToString();
        Assert.Single(text.Split("Excerpt of the day").Skip(1));
        Assert.DoesNotContain("(posted late)", text, StringComparison.Ordinal);
        Assert.Contains("  — ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PipedInput_ExcerptNowOnTheLastLine_IsPostedBeforeTheBotExits()
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var input = new StringReader($"{CommandLines.ExcerptDaily} terminal 07:30 Europe/Amsterdam\n{CommandLines.ExcerptNow}\n");
        using var host = Build(new FakeTimeProvider(new DateTimeOffset(2026, 6, 2, 12, 0, 0, TimeSpan.Zero)), new TerminalConsole(input, output, interactive: false));

        await host.StartAsync();
        await host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(60));

        var text = output.ToString();
        Assert.Contains("An excerpt is on its way", text, StringComparison.Ordinal);
        Assert.Single(text.Split("Excerpt of the day").Skip(1));
        Assert.Contains("  — ", text, StringComparison.Ordinal);
    }

    private static async Task WaitForAsync(StringWriter output, string expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!output.ToString().Contains(expected, StringComparison.Ordinal))
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    /// <summary>The bot with the example settings and the bundled corpus, chatting through <paramref name="console"/>.</summary>
    private IHost Build(TimeProvider clock, TerminalConsole console) =>
        TestBot.Build(database, clock, poster: null, Repository.ExampleSettings(), (services, configuration) =>
        {
            services.AddSingleton(console).AddTerminal();
            services.AddCorpus(configuration);
        });
}
