using StudyBot.Core.Commands;
using StudyBot.Matrix.FrontDoor;

namespace StudyBot.Matrix.Tests.FrontDoor;

public sealed class MatrixReplyRendererTests
{
    [Fact]
    public void Render_DutchReminderWithPowerLevelField_NamesTheLevelInTheCommunitysZone()
    {
        var meeting = new ShownInstant(new DateTimeOffset(2026, 5, 7, 17, 0, 0, TimeSpan.Zero), "Europe/Amsterdam");
        var body = new RichText([new TextRun("Leeskring komt bijeen op ", false), TextRun.At(meeting, Core.Corpus.Language.Dutch), new TextRun(".", false)]);

        var block = Assert.Single(MatrixReplyRenderer.Render(new MessageReply(body) { MentionRoleId = "50", Language = Core.Corpus.Language.Dutch }));

        Assert.Equal("Leeskring komt bijeen op do 7 mei 2026 19:00 (Europe/Amsterdam). Voor machtsniveau 50.", block.Plain);
    }

    [Fact]
    public void Render_LateDutchExcerpt_SaysLateInDutch()
    {
        var reply = new QuoteReply("Arbeiders, verenigt u.", new Attribution("Manifest", null, "1917", null), "Fragment van de dag", Late: true)
        {
            Language = Core.Corpus.Language.Dutch,
        };

        var block = Assert.Single(MatrixReplyRenderer.Render(reply));

        Assert.EndsWith("— Manifest, 1917 (te laat)", block.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CorpusMentionsWithoutRoleField_StayText()
    {
        var block = Assert.Single(MatrixReplyRenderer.Render(new MessageReply("@room read <@&123>")));

        Assert.Equal("@room read <@&123>", block.Plain);
        Assert.DoesNotContain("machtsniveau", block.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_QuoteWithMarkup_EscapedInHtml()
    {
        var blocks = MatrixReplyRenderer.Render(new QuoteReply("<b>Strike</b> & win", new Attribution("Title", "Author", null, null)));

        var block = Assert.Single(blocks);
        Assert.Contains("&lt;b&gt;Strike&lt;/b&gt; &amp; win", block.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", block.Html, StringComparison.Ordinal);
        Assert.Contains("Title, Author", block.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Question_ChoicesLetteredInOrder()
    {
        var blocks = MatrixReplyRenderer.Render(new QuestionReply("Question 1", "Who wrote it?", ["Kollontai", "Lenin", "Kirov", "Marx"]));

        Assert.Contains(blocks, b => b.Plain == "A. Kollontai\nB. Lenin\nC. Kirov\nD. Marx");
    }

    [Fact]
    public void Render_HighlightedSearchHit_StrongInHtmlOnly()
    {
        var reply = new PassageListReply("Results", [new PassageItem(new RichText([new TextRun("the ", false), new TextRun("strike", true)]), new Attribution("Doc", null, null, null))]);

        var list = MatrixReplyRenderer.Render(reply)[1];

        Assert.Contains("the <strong>strike</strong>", list.Html, StringComparison.Ordinal);
        Assert.Contains("1. the strike (Doc)", list.Plain, StringComparison.Ordinal);
    }
}
