using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Terminal;

namespace StudyBot.Tests.Terminal;

public class TerminalRendererTests
{
    [Fact]
    public void Quote_shows_text_in_quotation_marks_and_full_attribution()
    {
        var text = TerminalRenderer.Render(new QuoteReply(
            "The union must resign.",
            new Attribution("Auto workers revolt", "Kemal Ülker", "2012-11-18", "Oyak-Renault")));

        Assert.Contains("“The union must resign.”", text, StringComparison.Ordinal);
        Assert.Contains("— Auto workers revolt, Kemal Ülker, 2012-11-18, Oyak-Renault", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DutchSummaryValues_LabelsThemInDutch()
    {
        var reply = new DocumentReply("Samenvatting: Manifest", ["Eerste zin."], [])
        {
            Facts = new TextFacts(["raden", "arbeiders"], 11740, TimeSpan.FromMinutes(47)),
            Source = new Attribution("Manifest", null, "1917", null),
            Position = new PagePosition(2, 5),
            Language = Language.Dutch,
        };

        var text = TerminalRenderer.Render(reply);

        Assert.Contains("pagina 2 van 5", text, StringComparison.Ordinal);
        Assert.Contains("Kernbegrippen: raden, arbeiders", text, StringComparison.Ordinal);
        Assert.Contains("Hele tekst: 11.740 woorden, 47 min. lezen", text, StringComparison.Ordinal);
        Assert.Contains("— Manifest, 1917", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReminderWithRoleField_NamesTheRoleAndShowsTheMeetingInItsZone()
    {
        var meeting = new ShownInstant(new DateTimeOffset(2026, 5, 7, 17, 0, 0, TimeSpan.Zero), "Europe/Amsterdam");
        var body = new RichText([new TextRun("Circle meets ", false), TextRun.At(meeting, Language.English), new TextRun(".", false)]);

        var text = TerminalRenderer.Render(new MessageReply(body) { MentionRoleId = "readers" });

        Assert.Equal("Circle meets Thu 7 May 2026 19:00 (Europe/Amsterdam). For the role 'readers'." + Environment.NewLine, text);
    }

    [Fact]
    public void Late_scheduled_quote_says_it_is_late()
    {
        var text = TerminalRenderer.Render(new QuoteReply("Text.", new Attribution("T", null, null, null), "Daily excerpt", Late: true));

        Assert.Contains("Daily excerpt (posted late)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_are_marked_and_highlights_are_starred()
    {
        Assert.StartsWith("Error: Unknown", TerminalRenderer.Render(MessageReply.Error("Unknown command")), StringComparison.Ordinal);

        var list = new ListReply("Results", [new RichText([new TextRun("the ", false), new TextRun("strike", true)])], Page: 1, PageCount: 2);
        var text = TerminalRenderer.Render(list);

        Assert.Contains("Results (page 1 of 2)", text, StringComparison.Ordinal);
        Assert.Contains("- the *strike*", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Question_letters_its_choices_and_shows_answer_actions()
    {
        var question = new QuestionReply("Question 1 of 5", "Who led the group?", ["Kollontai", "Shlyapnikov", "Lenin", "Kirov"])
        {
            Actions = [new ReplyAction("A", "/answer 1")],
        };

        var text = TerminalRenderer.Render(question);

        Assert.Contains("  B) Shlyapnikov", text, StringComparison.Ordinal);
        Assert.Contains("[A] /answer 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_results_show_each_passage_with_highlights_and_its_own_source()
    {
        var reply = new PassageListReply(
            "Search: Kollontai",
            [
                new PassageItem(new RichText([new TextRun("Led by ", false), new TextRun("Kollontai", true)]), new Attribution("Workers' Opposition", null, null, "History")),
                new PassageItem(RichText.Plain("Another passage"), new Attribution("Manifest", "IKS", "2017-09", null)),
            ],
            Page: 2,
            PageCount: 3);

        var text = TerminalRenderer.Render(reply);

        Assert.Contains("Search: Kollontai (page 2 of 3)", text, StringComparison.Ordinal);
        Assert.Contains("Led by *Kollontai*" + Environment.NewLine + "  — Workers' Opposition, History", text, StringComparison.Ordinal);
        Assert.Contains("  — Manifest, IKS, 2017-09", text, StringComparison.Ordinal);
    }
}
