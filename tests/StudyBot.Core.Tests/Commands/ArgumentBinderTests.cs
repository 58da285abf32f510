using StudyBot.Core.Commands;

namespace StudyBot.Core.Tests.Commands;

public class ArgumentBinderTests
{
    private static Dictionary<string, string> Values(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public void Bind_converts_and_canonicalises_typed_values()
    {
        var arguments = ArgumentBinder.Bind(
            TestCatalog.Excerpt,
            Values(("channel", "terminal"), ("time", "7:05"), ("timezone", "europe/amsterdam"), ("length", "LONG")));

        Assert.Equal("07:05", arguments.GetText("time"));
        Assert.Equal("Europe/Amsterdam", arguments.GetText("timezone"));
        Assert.Equal("long", arguments.GetText("length"));
    }

    [Theory]
    [InlineData("time", "25:61", "Option 'time' got '25:61'; expected a time of day as HH:mm")]
    [InlineData("time", "7pm", "Option 'time' got '7pm'")]
    [InlineData("timezone", "Mars/Olympus", "Option 'timezone' got 'Mars/Olympus'; expected an IANA time zone")]
    [InlineData("length", "medium", "expected one of short, long")]
    public void Bind_refuses_bad_values_naming_the_option(string option, string value, string expected)
    {
        var values = Values(("channel", "terminal"), ("time", "07:30"), ("timezone", "UTC"));
        values[option] = value;

        var refusal = Assert.Throws<CommandException>(() => ArgumentBinder.Bind(TestCatalog.Excerpt, values));

        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("two")]
    public void Bind_refuses_integers_out_of_range(string position)
    {
        var refusal = Assert.Throws<CommandException>(() => ArgumentBinder.Bind(
            TestCatalog.ListAdd, Values(("list", "a"), ("document", "b"), ("position", position))));

        Assert.Contains("expected a whole number from 1 to 100", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_refuses_missing_required_option_with_usage()
    {
        var refusal = Assert.Throws<CommandException>(() => ArgumentBinder.Bind(TestCatalog.ListAdd, Values(("list", "a"))));

        Assert.Contains("Option 'document' is required", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("/readinglist-admin add <list> <document> [position]", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_refuses_text_over_its_limit()
    {
        var refusal = Assert.Throws<CommandException>(() => ArgumentBinder.Bind(TestCatalog.Quote, Values(("topic", new string('x', 201)))));

        Assert.Contains("too long: 201 characters, at most 200", refusal.Message, StringComparison.Ordinal);
    }
}
