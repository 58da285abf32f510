using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;
using StudyBot.Core.Scheduling;

namespace StudyBot.Core.Tests.Scheduling;

public sealed class OutboxContentTests
{
    private static readonly ShownInstant Meeting = new(new DateTimeOffset(2026, 5, 7, 17, 0, 0, TimeSpan.Zero), "Europe/Amsterdam");

    [Fact]
    public void FromJson_RowWrittenBeforeValues_IsAnEnglishMessageWithoutRole()
    {
        var reply = OutboxContent.FromJson("""{"text":"Reading circle 'Spring' meets Thu 7 May 2026 19:00 (Europe/Amsterdam). For <@&123>."}""").ToReply(late: false);

        var message = Assert.IsType<MessageReply>(reply);
        Assert.Equal("Reading circle 'Spring' meets Thu 7 May 2026 19:00 (Europe/Amsterdam). For <@&123>.", message.Text);
        Assert.Null(message.MentionRoleId);
        Assert.Equal(Language.English, message.Language);
    }

    [Fact]
    public void FromJson_OldQuoteRow_IsAQuote()
    {
        var reply = OutboxContent.FromJson("""{"text":"Cells meet weekly.","source":{"title":"Workplace Cells","author":"A. Writer","date":null,"section":null},"heading":"Excerpt of the day"}""")
            .ToReply(late: true);

        var quote = Assert.IsType<QuoteReply>(reply);
        Assert.Equal(("Cells meet weekly.", "Excerpt of the day", true), (quote.Text, quote.Heading, quote.Late));
    }

    [Fact]
    public void ToJson_MessageWithInstantRoleAndLanguage_RoundTripsEveryValue()
    {
        var body = RichText.Format(new LocalText("Meets {0}.", "Komt bijeen op {0}."), Language.Dutch, TextRun.At(Meeting, Language.Dutch));
        var stored = OutboxContent.Message(body, Language.Dutch, "81384788765712384").ToJson();

        var message = Assert.IsType<MessageReply>(OutboxContent.FromJson(stored).ToReply(late: false));

        Assert.Equal("Komt bijeen op do 7 mei 2026 19:00 (Europe/Amsterdam).", message.Text);
        Assert.Equal(Meeting, Assert.Single(message.Body.Runs, r => r.Instant is not null).Instant);
        Assert.Equal("81384788765712384", message.MentionRoleId);
        Assert.Equal(Language.Dutch, message.Language);
    }

    [Fact]
    public void ToReply_LateDutchMessage_SaysLateInDutch()
    {
        var stored = OutboxContent.Message(RichText.Plain("De kring stopt."), Language.Dutch).ToJson();

        var message = Assert.IsType<MessageReply>(OutboxContent.FromJson(stored).ToReply(late: true));

        Assert.Equal("(te laat) De kring stopt.", message.Text);
    }

    [Fact]
    public void ToJson_Message_KeepsThePlainTextForAnOlderInstance()
    {
        var body = RichText.Format(new LocalText("Meets {0}.", "Komt bijeen op {0}."), Language.English, TextRun.At(Meeting, Language.English));

        var stored = OutboxContent.Message(body, Language.English).ToJson();

        Assert.Contains("\"text\":\"Meets Thu 7 May 2026 19:00 (Europe/Amsterdam).\"", stored, StringComparison.Ordinal);
    }
}
