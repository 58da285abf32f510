using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;
using StudyBot.Core.Tests.Commands;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Summaries;

public sealed class SummaryCommandTests
{
    private readonly CommandDispatcher dispatcher = new(
        new CommandCatalog([new SummaryCommand(TestCorpus.Library, new Summarizer(new CorpusSearchIndex(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance)))]),
        NullLogger<CommandDispatcher>.Instance);

    [Fact]
    public async Task Summary_ShowsSentencesKeyTermsReadingTimeAndSource()
    {
        var reply = Assert.IsType<DocumentReply>(await Run("/summary workers-opposition length:medium"));

        Assert.Equal("Summary: Workers' Opposition", reply.Title);
        Assert.NotEmpty(reply.Paragraphs);
        Assert.Empty(reply.Footer);
        var facts = Assert.IsType<TextFacts>(reply.Facts);
        Assert.NotEmpty(facts.KeyTerms);
        Assert.Equal(TestCorpus.Document("workers-opposition").WordCount, facts.WordCount);
        Assert.True(facts.ReadingTime > TimeSpan.Zero, $"reading time {facts.ReadingTime}");
        Assert.Equal("Workers' Opposition", reply.Source?.Title);
        Assert.Equal(Language.English, reply.Language);
    }

    [Fact]
    public async Task Summary_InDutch_HeadsAndRefusesInDutch()
    {
        var dutch = TestContexts.Terminal with { ReplyLanguage = Language.Dutch };

        var reply = Assert.IsType<DocumentReply>(await dispatcher.ExecuteLineAsync(dutch, "/summary workers-opposition kort", CancellationToken.None));
        var refusal = Assert.IsType<MessageReply>(await dispatcher.ExecuteLineAsync(dutch, "/summary workplace-cells 9", CancellationToken.None));

        Assert.Equal("Samenvatting: Workers' Opposition", reply.Title);
        Assert.Equal(Language.Dutch, reply.Language);
        Assert.Equal("Deel 9 bestaat niet; workplace-cells heeft delen 1-3.", refusal.Text);
    }

    [Fact]
    public async Task Summary_OfASectionByTitle_NamesTheSection()
    {
        var reply = Assert.IsType<DocumentReply>(await Run("/summary workplace-cells section:preparation"));

        Assert.Equal("Summary: The backbone of Leninist organization: workplace cells, 2. The preparation for the Revolution", reply.Title);
    }

    [Fact]
    public async Task Summary_SectionOutOfRange_NamesTheRange()
    {
        var reply = Assert.IsType<MessageReply>(await Run("/summary workplace-cells 9"));

        Assert.Equal("Section 9 does not exist; workplace-cells has sections 1-3.", reply.Text);
    }

    [Fact]
    public async Task Summary_BadLength_SaysWhatIsAllowed()
    {
        var reply = Assert.IsType<MessageReply>(await Run("/summary workplace-cells length:huge"));

        Assert.Equal("Option 'length' got 'huge'; expected one of short, medium, long.", reply.Text);
    }

    private Task<Reply> Run(string line) => dispatcher.ExecuteLineAsync(TestContexts.Terminal, line, CancellationToken.None);
}
