using StudyBot.Core.Commands;

namespace StudyBot.Core.Tests.Commands;

public sealed class SafeTextTests
{
    [Theory]
    [InlineData("\u001b[31mred\u001b[0m text", "red text")]
    [InlineData("a\0b", "ab")]
    [InlineData("evil\u202Etxt.exe", "eviltxt.exe")]
    [InlineData("two\nlines\tand tab", "two\nlines\tand tab")]
    [InlineData("bell\u0007 and \u001b]0;title\u0007x", "bell and x")]
    public void Clean_ControlEscapeAndBidiCharacters_AreRemoved(string text, string expected)
    {
        Assert.Equal(expected, SafeText.Clean(text));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u001b[2J")]
    [InlineData("  ")]
    [InlineData("Spring\nreading")]
    public void RequireName_NoVisibleNameOrSeveralLines_IsRefused(string name)
    {
        var refusal = Assert.Throws<CommandException>(() => SafeText.RequireName("list", name));

        Assert.Equal("Option 'list' needs a name with visible letters or digits, on one line.", refusal.Message);
    }

    [Fact]
    public void RequireName_NameWithEscapeCodes_KeepsTheVisibleName()
    {
        Assert.Equal("Spring reading", SafeText.RequireName("list", " \u001b[1mSpring reading\u001b[0m "));
    }

    [Fact]
    public void ReplyCleanerClean_EveryTextOfAReply_IsCleaned()
    {
        var reply = new CompositeReply(
        [
            new QuoteReply("a\u202Eb", new Attribution("T\0", "A\u001b[1m", null, "S")),
            new ListReply("L\u0007", [RichText.Plain("i\u2066")]) { Actions = [new ReplyAction("N\u202Dx", "/help page:2")] },
        ]);

        var cleaned = Assert.IsType<CompositeReply>(ReplyCleaner.Clean(reply));

        var quote = Assert.IsType<QuoteReply>(cleaned.Parts[0]);
        Assert.Equal(("ab", "T", "A"), (quote.Text, quote.Source.Title, quote.Source.Author));
        var list = Assert.IsType<ListReply>(cleaned.Parts[1]);
        Assert.Equal(("L", "i", "Nx"), (list.Title, list.Items[0].PlainText, list.Actions[0].Label));
    }
}
