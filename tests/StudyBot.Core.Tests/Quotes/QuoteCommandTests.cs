using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Commands;
using StudyBot.Core.Quotes;
using StudyBot.Core.Randomness;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.Commands;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Quotes;

public sealed class QuoteCommandTests
{
    private static readonly CorpusSearchIndex Index = new(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance);

    [Fact]
    public async Task Quote_WithoutTopic_IsAQuotableRunWithItsAttribution()
    {
        var dispatcher = Dispatcher(seed: 1);

        var reply = Assert.IsType<QuoteReply>(await Run(dispatcher, "/quote document:turk-metal"));

        var candidate = Assert.Single(new QuoteCatalog().For(TestCorpus.Document("turk-metal-renault-revolt")), c => c.Text == reply.Text);
        var section = candidate.Block.SectionIndex == 0 ? null : "Background";
        Assert.Equal(new Attribution("Auto workers revolt against the Türk Metal bureaucracy", "Kemal Ülker", "2012-11-18", section), reply.Source);
    }

    [Fact]
    public async Task Quote_FromASection_NamesTheSection()
    {
        var reply = Assert.IsType<QuoteReply>(await Run(Dispatcher(seed: 2), "/quote Stalinism"));

        Assert.Equal("Workers' Opposition", reply.Source.Title);
        Assert.Equal("End of the movement", reply.Source.Section);
    }

    [Fact]
    public async Task Quote_WithTopic_ContainsTheTopic()
    {
        var dispatcher = Dispatcher(seed: 3);

        for (var i = 0; i < 5; i++)
        {
            var reply = Assert.IsType<QuoteReply>(await Run(dispatcher, "/quote notary"));
            Assert.Contains("notary", reply.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Quote_AskedTwiceInAChannel_DoesNotRepeatTheLastOne()
    {
        var dispatcher = Dispatcher(seed: 4);

        var quotes = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            quotes.Add(Assert.IsType<QuoteReply>(await Run(dispatcher, "/quote workers")).Text);
        }

        Assert.All(quotes.Zip(quotes.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public async Task Quote_WithTheSameSeed_IsReproducible()
    {
        var first = Assert.IsType<QuoteReply>(await Run(Dispatcher(seed: 7), "/quote")).Text;
        var second = Assert.IsType<QuoteReply>(await Run(Dispatcher(seed: 7), "/quote")).Text;

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Quote_TopicThatMatchesNothing_SaysSo()
    {
        var reply = Assert.IsType<MessageReply>(await Run(Dispatcher(seed: 1), "/quote zeppelin"));

        Assert.Equal("Nothing in the corpus matches 'zeppelin'. Try another word, or /documents to see the texts.", reply.Text);
    }

    [Fact]
    public async Task Quote_Buttons_AskForAnotherAndShowTheParagraph()
    {
        var dispatcher = Dispatcher(seed: 5);
        var quote = Assert.IsType<QuoteReply>(await Run(dispatcher, "/quote topic:\"notary public\" document:turk-metal-renault-revolt"));

        Assert.Equal(["Another", "Context"], quote.Actions.Select(a => a.Label));
        Assert.Equal("/quote topic:\"notary public\" document:\"turk-metal-renault-revolt\"", quote.Actions[0].CommandLine);
        var context = Assert.IsType<DocumentReply>(await Run(dispatcher, quote.Actions[1].CommandLine));
        var paragraph = Assert.Single(context.Paragraphs);
        Assert.Contains(quote.Text, paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Context_WithABadReference_SaysWhatIsExpected()
    {
        var reply = Assert.IsType<MessageReply>(await Run(Dispatcher(seed: 1), "/context passage:workplace-cells"));

        Assert.Equal("Option 'passage' got 'workplace-cells'; expected a quote reference such as workplace-cells#12.", reply.Text);
    }

    private static CommandDispatcher Dispatcher(int seed)
    {
        var finder = new QuoteFinder(TestCorpus.Library, Index, new QuoteCatalog(), RandomSource.WithSeed(seed), new QuoteHistory());
        return new CommandDispatcher(
            new CommandCatalog([new QuoteCommand(TestCorpus.Library, finder), new ContextCommand(TestCorpus.Library)]),
            NullLogger<CommandDispatcher>.Instance);
    }

    private static Task<Reply> Run(CommandDispatcher dispatcher, string line) =>
        dispatcher.ExecuteLineAsync(TestContexts.Member("ann"), line, CancellationToken.None);
}
