using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Core.Corpus;
using StudyBot.Core.Tests.TestSupport;
using StudyBot.Terminal;

namespace StudyBot.Tests.Terminal;

/// <summary>The terminal builds each command's context from the community's settings, so the language setting takes effect.</summary>
public sealed class TerminalLanguageTests : IAsyncDisposable
{
    private readonly TestDatabase database = TestDatabase.Sqlite();

    [Fact]
    public async Task PipedInput_AfterLanguageNl_RepliesInDutch()
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var input = new StringReader("/summary workers-opposition\n/settings-admin language nl\n/summary workers-opposition\n/nope\n");
        using var host = TestBot.Build(database, new FakeTimeProvider(new DateTimeOffset(2026, 6, 2, 12, 0, 0, TimeSpan.Zero)), poster: null, Repository.ExampleSettings(), (services, configuration) =>
        {
            services.AddSingleton(new TerminalConsole(input, output, interactive: false)).AddTerminal();
            services.AddCorpus(configuration);
        });

        await host.StartAsync();
        await host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(60));

        var text = output.ToString();
        var dutch = text[text.IndexOf("Samenvatting: ", StringComparison.Ordinal)..];
        Assert.Contains("Summary: Workers", text, StringComparison.Ordinal);
        Assert.Contains("Key terms: ", text, StringComparison.Ordinal);
        Assert.Contains("Kernbegrippen: ", dutch, StringComparison.Ordinal);
        Assert.Matches(@"Hele tekst: [\d.]+ woorden, \d+ min\. lezen", dutch);
        Assert.Contains("Fout: Onbekend commando '/nope'", dutch, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
