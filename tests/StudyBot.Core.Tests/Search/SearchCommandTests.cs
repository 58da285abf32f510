using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.Commands;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Search;

public sealed class SearchCommandTests
{
    private readonly CommandDispatcher dispatcher = new(
        new CommandCatalog([new SearchCommand(TestCorpus.Library, new CorpusSearchIndex(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance))]),
        NullLogger<CommandDispatcher>.Instance);

    [Fact]
    public async Task Search_TypedWithSeveralWords_SearchesAllOfThem()
    {
        var reply = Assert.IsType<PassageListReply>(await Run("/search notary public"));

        Assert.Contains("notary public", reply.Title, StringComparison.Ordinal);
        Assert.Contains(reply.Passages[0].Text.Runs, r => r.Highlighted && r.Text == "public");
    }

    [Fact]
    public async Task Search_ShowsTheSourceWithTheSectionTitle()
    {
        var reply = Assert.IsType<PassageListReply>(await Run("/search Stalinism"));

        var source = reply.Passages[0].Source;
        Assert.Equal("Workers' Opposition", source.Title);
        Assert.Equal("End of the movement", source.Section);
    }

    [Fact]
    public async Task Search_FirstOfSeveralPages_OffersOnlyNextWhichReplacesTheMessage()
    {
        var reply = Assert.IsType<PassageListReply>(await Run("/search workers"));

        Assert.Equal(SearchCommand.PageSize, reply.Passages.Count);
        var next = Assert.Single(reply.Actions);
        Assert.Equal("Next", next.Label);
        Assert.Equal(ActionIntent.ReplaceMessage, next.Intent);
        Assert.Equal("/search query:\"workers\" page:2", next.CommandLine);
        var second = Assert.IsType<PassageListReply>(await Run(next.CommandLine));
        Assert.Equal(2, second.Page);
        Assert.Empty(second.Passages.Select(p => p.Text.PlainText).Intersect(reply.Passages.Select(p => p.Text.PlainText)));
    }

    [Fact]
    public async Task Search_MiddlePage_PreviousLeadsBackToTheFirstPage()
    {
        var first = Assert.IsType<PassageListReply>(await Run("/search workers"));
        var second = Assert.IsType<PassageListReply>(await Run("/search workers page:2"));

        Assert.True(second.PageCount > 2, second.Title);
        Assert.Equal(["Previous", "Next"], second.Actions.Select(a => a.Label));
        Assert.All(second.Actions, a => Assert.Equal(ActionIntent.ReplaceMessage, a.Intent));
        var back = Assert.IsType<PassageListReply>(await Run(second.Actions[0].CommandLine));
        Assert.Equal(1, back.Page);
        Assert.Equal(first.Passages.Select(p => p.Text.PlainText), back.Passages.Select(p => p.Text.PlainText));
    }

    [Fact]
    public async Task Search_LastPageInADocumentInDutch_PreviousIsDutchAndKeepsTheDocument()
    {
        var dutch = TestContexts.Terminal with { ReplyLanguage = Language.Dutch };

        var reply = Assert.IsType<PassageListReply>(await dispatcher.ExecuteLineAsync(dutch, "/search workers document:workers-opposition page:2", CancellationToken.None));

        var previous = Assert.Single(reply.Actions);
        Assert.Equal("Vorige", previous.Label);
        Assert.Equal("/search query:\"workers\" document:\"workers-opposition\" page:1", previous.CommandLine);
    }

    [Fact]
    public async Task Search_LastOfSeveralPages_OffersOnlyPrevious()
    {
        var first = Assert.IsType<PassageListReply>(await Run("/search workers"));

        var last = Assert.IsType<PassageListReply>(await Run($"/search workers page:{first.PageCount}"));

        Assert.Equal(first.PageCount, last.Page);
        Assert.Equal("Previous", Assert.Single(last.Actions).Label);
    }

    [Fact]
    public async Task Search_NextOfAQuotedPhrase_NextPageStillSearchesThePhrase()
    {
        var words = Assert.IsType<PassageListReply>(await Run("/search workers opposition"));
        var first = Assert.IsType<PassageListReply>(await Run("/search \"workers' opposition\""));

        var next = Assert.IsType<PassageListReply>(await Run(Assert.Single(first.Actions).CommandLine));

        Assert.NotEqual(words.PageCount, first.PageCount);
        Assert.Equal(2, next.Page);
        Assert.Equal(first.Title, next.Title);
        Assert.Equal(first.PageCount, next.PageCount);
    }

    [Fact]
    public async Task Search_OnlyOnePage_HasNoButtons()
    {
        var reply = Assert.IsType<PassageListReply>(await Run("/search Stalinism"));

        Assert.Equal(1, reply.PageCount);
        Assert.Empty(reply.Actions);
    }

    [Fact]
    public async Task Search_PageBeyondTheResults_SaysHowManyPagesExist()
    {
        var reply = Assert.IsType<MessageReply>(await Run("/search Stalinism page:4"));

        Assert.Equal("Page 4 does not exist; 'Stalinism' has 1 page of results.", reply.Text);
    }

    [Fact]
    public async Task Search_UnknownDocument_ListsTheKnownOnes()
    {
        var reply = Assert.IsType<MessageReply>(await Run("/search strike document:nope"));

        Assert.StartsWith("Unknown document 'nope'. Known documents: turk-metal-renault-revolt", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NothingMatches_SaysSo()
    {
        var reply = Assert.IsType<MessageReply>(await Run("/search zeppelin"));

        Assert.Equal(ReplyTone.Error, reply.Tone);
        Assert.Equal("No passages match 'zeppelin'.", reply.Text);
    }

    [Fact]
    public async Task Search_TypedWithAQuotedPhrase_FindsOnlyThePhrase()
    {
        var phrase = Assert.IsType<PassageListReply>(await Run("/search \"metal workers\""));
        var words = Assert.IsType<PassageListReply>(await Run("/search metal workers"));

        Assert.True(phrase.PageCount < words.PageCount, $"{phrase.Title} vs {words.Title}");
        Assert.All(phrase.Passages, p => Assert.Contains(p.Text.Runs, r => r.Highlighted && string.Equals(r.Text, "metal workers", StringComparison.OrdinalIgnoreCase)));
    }

    private Task<Reply> Run(string line) => dispatcher.ExecuteLineAsync(TestContexts.Terminal, line, CancellationToken.None);
}
