using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Matrix.FrontDoor;

namespace StudyBot.Matrix.Tests.FrontDoor;

public sealed class ReplyReactionsTests
{
    private const string Line = "!search general strike page:2";

    private static string Page(int page) => CommandLineWriter.Write("search", ("query", "general strike"), ("page", page));

    [Fact]
    public void MoreOf_MiddlePage_RunsTheNextPage()
    {
        var actions = ListPages.Buttons(2, 3, Page, Language.English);

        Assert.Equal(Page(3), ReplyReactions.MoreOf(actions, Line)?.CommandLine);
    }

    [Fact]
    public void MoreOf_LastPageWithOnlyPrevious_HasNothingToRun()
    {
        var actions = ListPages.Buttons(3, 3, Page, Language.English);

        Assert.Null(ReplyReactions.MoreOf(actions, Line));
    }

    [Fact]
    public void KeysOf_LastPage_OffersPreviousAsTheBackArrow()
    {
        var reply = new MessageReply(RichText.Plain("page 3")) { Actions = ListPages.Buttons(3, 3, Page, Language.English) };

        var keyed = ReplyReactions.KeysOf(reply, Line);

        Assert.Equal([(ReplyReactions.Previous, Page(2))], keyed.Select(k => (k.Key, k.Action.CommandLine)));
    }

    [Fact]
    public void MoreOf_AnotherQuote_RunsTheSameCommandAgain()
    {
        var actions = new[] { new ReplyAction("Context", "/context quote:abc"), new ReplyAction("Another", "/quote topic:strike") };

        Assert.Equal("/quote topic:strike", ReplyReactions.MoreOf(actions, "!quote topic:strike")?.CommandLine);
    }
}
