using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Commands;
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
    public async Task Search_WithMoreResults_OffersTheNextPage()
    {
        var reply = Assert.IsType<PassageListReply>(await Run("/search workers"));

        Assert.Equal(SearchCommand.PageSize, reply.Passages.Count);
        var more = Assert.Single(reply.Actions);
        Assert.Equal("/search query:\"workers\" page:2", more.CommandLine);
        var next = Assert.IsType<PassageListReply>(await Run(more.CommandLine));
        Assert.Equal(2, next.Page);
        Assert.Empty(next.Passages.Select(p => p.Text.PlainText).Intersect(reply.Passages.Select(p => p.Text.PlainText)));
    }

    [Fact]
    public async Task Search_MoreOfAQuotedPhrase_NextPageStillSearchesThePhrase()
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
    public async Task Search_LastPage_HasNoMoreButton()
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
