using StudyBot.Core.Commands;

namespace StudyBot.Core.Tests.Commands;

public class CommandLineParserTests
{
    private readonly CommandCatalog catalog = TestCatalog.Create().Catalog;

    [Theory]
    [InlineData("/quote topic:strike", "strike", null)]
    [InlineData("/quote strike", "strike", null)]
    [InlineData("!quote strike document:workers-opposition", "strike", "workers-opposition")]
    [InlineData("/quote document:workers-opposition", null, "workers-opposition")]
    [InlineData("/quote \"general strike\" document:workers-opposition", "general strike", "workers-opposition")]
    [InlineData("/quote topic:“general strike”", "general strike", null)]
    public void Parse_quote_forms_fill_the_declared_options(string line, string? topic, string? document)
    {
        var parsed = CommandLineParser.Parse(line, catalog);

        Assert.Equal("quote", parsed.Command.Declaration.Name);
        Assert.Equal(topic, parsed.Values.GetValueOrDefault("topic"));
        Assert.Equal(document, parsed.Values.GetValueOrDefault("document"));
    }

    [Theory]
    [InlineData("/search general strike Bursa")]
    [InlineData("/search query:general strike Bursa")]
    public void Parse_rest_option_takes_every_remaining_word(string line)
    {
        var parsed = CommandLineParser.Parse(line, catalog);

        Assert.Equal("general strike Bursa", parsed.Values["query"]);
    }

    [Theory]
    [InlineData("/search \"general strike\" Bursa", "\"general strike\" Bursa")]
    [InlineData("/search Bursa “general strike”", "Bursa \"general strike\"")]
    [InlineData("/search query:Bursa \"general strike\"", "Bursa \"general strike\"")]
    public void Parse_OptionThatKeepsQuotes_KeepsAQuotedPhraseQuoted(string line, string query)
    {
        var parsed = CommandLineParser.Parse(line, catalog);

        Assert.Equal(query, parsed.Values["query"]);
    }

    [Fact]
    public void Parse_two_word_command_with_quoted_name()
    {
        var parsed = CommandLineParser.Parse("/readinglist-admin add \"Spring reading\" workplace-cells 2", catalog);

        Assert.Equal("readinglist-admin add", parsed.Command.Declaration.Name);
        Assert.Equal("Spring reading", parsed.Values["list"]);
        Assert.Equal("workplace-cells", parsed.Values["document"]);
        Assert.Equal("2", parsed.Values["position"]);
    }

    [Fact]
    public void Parse_named_value_with_quotes_keeps_words_together()
    {
        var parsed = CommandLineParser.Parse("/readinglist-admin add list:\"Spring reading\" document:workplace-cells", catalog);

        Assert.Equal("Spring reading", parsed.Values["list"]);
    }

    [Fact]
    public void Parse_time_and_zone_values_are_not_taken_for_option_names()
    {
        var parsed = CommandLineParser.Parse("/excerpt daily terminal 07:30 Europe/Amsterdam", catalog);

        Assert.Equal("terminal", parsed.Values["channel"]);
        Assert.Equal("07:30", parsed.Values["time"]);
        Assert.Equal("Europe/Amsterdam", parsed.Values["timezone"]);
    }

    [Theory]
    [InlineData("/frobnicate", "Unknown command '/frobnicate'")]
    [InlineData("/quote colour:red", "/quote has no option 'colour'")]
    [InlineData("/quote a b", "Too many values for /quote: 'b'. Usage: /quote [topic] [document:…]")]
    [InlineData("/readinglist-admin", "/readinglist-admin needs a subcommand: add")]
    [InlineData("/quote \"unclosed", "A quotation mark is not closed")]
    public void Parse_bad_lines_are_refused_with_a_specific_message(string line, string expected)
    {
        var refusal = Assert.Throws<CommandException>(() => CommandLineParser.Parse(line, catalog));

        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MatrixPrefix_ErrorsNameTheBangPrefix()
    {
        var refusal = Assert.Throws<CommandException>(() => CommandLineParser.Parse("!quote a b", catalog, '!'));

        Assert.Equal("Too many values for !quote: 'b'. Usage: !quote [topic] [document:…]", refusal.Message);
    }

    [Theory]
    [InlineData("/summary workers-opposition short", null, "short")]
    [InlineData("/summary workers-opposition 2 long", "2", "long")]
    [InlineData("/summary workers-opposition length:medium", null, "medium")]
    public void Parse_UsageAsHelpShowsIt_BindsChoiceWordsToTheirOption(string line, string? section, string length)
    {
        var summary = new CommandDeclaration(
            "summary",
            "Summarises",
            CommandOption.Of(OptionKind.Document, "document", "Document", required: true),
            CommandOption.Text("section", "Section"),
            CommandOption.Choice("length", "Length", ["short", "medium", "long"]));
        var parsed = CommandLineParser.Parse(line, new CommandCatalog([new RecordingCommand(summary)]));

        Assert.Equal("/summary <document> [section] [length:short|medium|long]", summary.Usage);
        Assert.Equal("workers-opposition", parsed.Values["document"]);
        Assert.Equal(section, parsed.Values.GetValueOrDefault("section"));
        Assert.Equal(length, parsed.Values["length"]);
    }
}
