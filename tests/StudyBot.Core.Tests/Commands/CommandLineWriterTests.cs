using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Commands;
using StudyBot.Core.Search;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Commands;

public sealed class CommandLineWriterTests
{
    [Fact]
    public void Write_QuotesTextLeavesOutMissingValuesAndDropsQuotationMarks()
    {
        var line = CommandLineWriter.Write("search", ("query", "the \"general\" strike"), ("document", null), ("page", 2));

        Assert.Equal("/search query:\"the general strike\" page:2", line);
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
