using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Tests.Commands;

public sealed class RichTextTests
{
    private static readonly ShownInstant Meeting = new(new DateTimeOffset(2026, 3, 26, 18, 0, 0, TimeSpan.Zero), "Europe/Amsterdam");

    [Fact]
    public void Format_InstantArgument_StaysARunOfItsOwn()
    {
        var text = new LocalText("Circle on '{0}': {1:N0} readings, first {2}.", "Kring op '{0}': {1:N0} teksten, eerste {2}.");

        var rich = RichText.Format(text, Language.Dutch, "Lente", 1200, TextRun.At(Meeting, Language.Dutch));

        Assert.Equal(["Kring op 'Lente': 1.200 teksten, eerste ", "do 26 mrt 2026 19:00 (Europe/Amsterdam)", "."], rich.Runs.Select(r => r.Text));
        Assert.Equal(Meeting, rich.Runs[1].Instant);
        Assert.All(new[] { rich.Runs[0], rich.Runs[2] }, r => Assert.Null(r.Instant));
    }

    [Fact]
    public void Format_EscapedBraces_AreKeptAsBraces()
    {
        var rich = RichText.Format(new LocalText("{{cron}} at {0}", "{{cron}} om {0}"), Language.English, TextRun.At(Meeting, Language.English));

        Assert.Equal("{cron} at Thu 26 Mar 2026 19:00 (Europe/Amsterdam)", rich.PlainText);
    }

    [Fact]
    public void Clean_ReplyWithInstant_KeepsTheInstant()
    {
        var reply = new MessageReply(RichText.Format(new LocalText("Next: {0}", "Volgende: {0}"), Language.English, TextRun.At(Meeting, Language.English)));

        var cleaned = Assert.IsType<MessageReply>(ReplyCleaner.Clean(reply));

        Assert.Equal(Meeting, cleaned.Body.Runs[1].Instant);
    }
}
