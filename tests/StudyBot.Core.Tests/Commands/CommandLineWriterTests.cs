using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Commands;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Commands;

public sealed class CommandLineWriterTests
{
    [Fact]
    public void Write_TextAndMissingValues_QuotesTextAndLeavesOutMissing()
    {
        var line = CommandLineWriter.Write("search", ("query", "general strike"), ("document", null), ("page", 2));

        Assert.Equal("/search query:\"general strike\" page:2", line);
    }

    [Theory]
    [InlineData("\"general strike\" union")]
    [InlineData("union \"metal workers\"")]
    [InlineData("“general strike” union")]
    public void Write_ValueWithQuotedPhrase_IsReadBackWithThePhrase(string query)
    {
        var catalog = new CommandCatalog([new SearchCommand(TestCorpus.Library, new CorpusSearchIndex(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance))]);
        var typed = CommandLineParser.Parse("/search " + query, catalog).Values["query"];

        var parsed = CommandLineParser.Parse(CommandLineWriter.Write("search", ("query", typed), ("page", 2)), catalog);

        Assert.Equal(typed, parsed.Values["query"]);
        Assert.Contains("\"", parsed.Values["query"], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_IsReadBackByTheParserAsTheSameValues()
    {
        var catalog = new CommandCatalog([new SearchCommand(TestCorpus.Library, new CorpusSearchIndex(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance))]);

        var parsed = CommandLineParser.Parse(CommandLineWriter.Write("search", ("query", "Türk Metal union"), ("document", "turk-metal"), ("page", 3)), catalog);

        Assert.Equal("Türk Metal union", parsed.Values["query"]);
        Assert.Equal("turk-metal", parsed.Values["document"]);
        Assert.Equal("3", parsed.Values["page"]);
    }
}
