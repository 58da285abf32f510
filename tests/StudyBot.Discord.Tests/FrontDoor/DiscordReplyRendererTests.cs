using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Discord.FrontDoor;
using StudyBot.Discord.Tests.TestSupport;

namespace StudyBot.Discord.Tests.FrontDoor;

public sealed class DiscordReplyRendererTests
{
    private readonly DiscordReplyRenderer _renderer = new(new ActionIds(new InMemoryPlatformStateStore()));

    [Fact]
    public async Task RenderAsync_LongDocument_SplitsWithinEveryLimitAndKeepsAllText()
    {
        var paragraphs = Enumerable.Range(0, 60).Select(i => $"Paragraph {i} " + string.Join(' ', Enumerable.Repeat("solidarity", 60))).ToArray();
        var reply = new DocumentReply("Workplace Cells", paragraphs, ["A. Writer, 1921"]);

        var messages = await _renderer.RenderAsync(reply, CancellationToken.None);

        Assert.True(messages.Count > 1);
        foreach (var message in messages)
        {
            Assert.InRange(message.Embeds!.Count, 1, DiscordLimits.EmbedsPerMessage);
            Assert.All(message.Embeds, e => Assert.InRange(e.Description!.Length, 1, DiscordLimits.EmbedDescription));
            Assert.InRange(message.Embeds.Sum(e => (e.Title?.Length ?? 0) + e.Description!.Length + (e.Footer?.Text.Length ?? 0)), 1, DiscordLimits.EmbedTotal);
            Assert.Empty(message.AllowedMentions.Parse);
        }

        var shown = string.Join(' ', messages.SelectMany(m => m.Embeds!).Select(e => e.Description));
        Assert.All(paragraphs, p => Assert.Contains(p, shown, StringComparison.Ordinal));
        Assert.Equal("A. Writer, 1921", messages[^1].Embeds![^1].Footer!.Text);
    }

    [Fact]
    public async Task RenderAsync_QuoteWithMentionsAndMarkdown_ShownLiterallyWithAttributionFooter()
    {
        var reply = new QuoteReply("@everyone read **this** <@&123>", new Attribution("Strike Diary", "A. Writer", "1921", null));

        var message = Assert.Single(await _renderer.RenderAsync(reply, CancellationToken.None));

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal(@"@everyone read \*\*this\*\* \<@&123\>", embed.Description);
        Assert.Equal("Strike Diary, A. Writer, 1921", embed.Footer!.Text);
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.Null(message.AllowedMentions.Roles);
    }

    [Fact]
    public async Task RenderAsync_ReminderWithRoleField_PingsThatRoleOnly()
    {
        var meeting = new ShownInstant(new DateTimeOffset(2026, 5, 7, 17, 0, 0, TimeSpan.Zero), "Europe/Amsterdam");
        var body = new RichText(
        [
            new TextRun("Circle meets ", false),
            TextRun.At(meeting, Language.English),
            new TextRun(", in ", false),
            new TextRun("1h", false) { Instant = meeting with { Style = InstantStyle.Relative } },
            new TextRun(". Reading: @everyone <@&999>", false),
        ]);

        var message = Assert.Single(await _renderer.RenderAsync(new MessageReply(body) { MentionRoleId = "81384788765712384" }, CancellationToken.None));

        Assert.Equal(@"<@&81384788765712384> Circle meets <t:1778173200:F>, in <t:1778173200:R>. Reading: @everyone \<@&999\>", message.Content);
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.Equal(["81384788765712384"], message.AllowedMentions.Roles);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("everyone")]
    [InlineData("123> @everyone <@&4")]
    public async Task RenderAsync_MessageWithoutAValidRoleField_PingsNobody(string? role)
    {
        var message = Assert.Single(await _renderer.RenderAsync(new MessageReply("Corpus says <@&123> and @everyone.") { MentionRoleId = role }, CancellationToken.None));

        Assert.Equal(@"Corpus says \<@&123\> and @everyone.", message.Content);
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.Null(message.AllowedMentions.Roles);
    }

    [Fact]
    public async Task RenderAsync_StatusWithNextRun_ShowsItInEachReadersZone()
    {
        var next = new ShownInstant(new DateTimeOffset(2026, 3, 26, 18, 0, 0, TimeSpan.Zero), "Europe/Amsterdam");
        var reply = new DocumentReply("Reading circle: Spring", [new RichText([new TextRun("Next run: ", false), TextRun.At(next, Language.English)])], []);

        var message = Assert.Single(await _renderer.RenderAsync(reply, CancellationToken.None));

        Assert.Equal("Next run: <t:1774548000:F>", Assert.Single(message.Embeds!).Description);
    }

    [Fact]
    public async Task RenderAsync_LateDutchExcerpt_SaysSoInItsTitle()
    {
        var reply = new QuoteReply("Arbeiders, verenigt u.", new Attribution("Manifest", null, "1917", null), "Fragment van de dag", Late: true) { Language = Language.Dutch };

        var message = Assert.Single(await _renderer.RenderAsync(reply, CancellationToken.None));

        Assert.Equal("Fragment van de dag (later geplaatst)", Assert.Single(message.Embeds!).Title);
    }

    [Fact]
    public async Task RenderAsync_ErrorMessage_PrivateContent()
    {
        var message = Assert.Single(await _renderer.RenderAsync(MessageReply.Error("Option 'count' takes 1 to 10."), CancellationToken.None));

        Assert.Equal(64, message.Flags);
        Assert.Equal("Option 'count' takes 1 to 10.", message.Content);
    }

    [Fact]
    public async Task RenderAsync_ManyActions_RowsOfFiveWithShortLabelsAndIdsWithinLimit()
    {
        var actions = Enumerable.Range(0, 7).Select(i => new ReplyAction(new string('x', 100), "/read document:workplace-cells section:" + i + " " + new string('p', 120))).ToArray();
        var reply = new MessageReply("Pick one.") { Actions = actions };

        var message = Assert.Single(await _renderer.RenderAsync(reply, CancellationToken.None));

        Assert.Equal([5, 2], message.Components!.Select(r => r.Components!.Count));
        Assert.All(message.Components!.SelectMany(r => r.Components!), b =>
        {
            Assert.InRange(b.Label!.Length, 1, DiscordLimits.ButtonLabel);
            Assert.InRange(b.CustomId!.Length, 1, ActionIds.MaxLength);
        });
    }

    [Fact]
    public async Task RenderAsync_CompositeReply_EachPartKeepsItsVisibility()
    {
        var reply = new CompositeReply([new MessageReply("Right!") { Visibility = ReplyVisibility.Private }, new QuestionReply("Question 2", "Who wrote it?", ["Ada", "Bea"])]);

        var messages = await _renderer.RenderAsync(reply, CancellationToken.None);

        Assert.Equal(2, messages.Count);
        Assert.Equal(64, messages[0].Flags);
        Assert.Null(messages[1].Flags);
        Assert.Contains("**B.** Bea", messages[1].Embeds![0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_DocumentWithSourcePageAndFacts_PageAndSourceInFooterFactsAsFields()
    {
        var reply = new DocumentReply("Summary: Workplace Cells", ["The cells met weekly."], ["Short summary"])
        {
            Source = new Attribution("Workplace Cells", "A. Writer", "1921", "Part 2"),
            Position = new PagePosition(2, 3),
            Facts = new TextFacts(["cells", "wages"], 11740, TimeSpan.FromMinutes(50)),
        };

        var embed = Assert.Single(Assert.Single(await _renderer.RenderAsync(reply, CancellationToken.None)).Embeds!);

        Assert.Equal("page 2 of 3 · Short summary · — Workplace Cells, A. Writer, 1921, Part 2", embed.Footer!.Text);
        Assert.Equal([("Key terms", "cells, wages"), ("Full text", "11,740 words, 50 min read")], embed.Fields!.Select(f => (f.Name, f.Value)));
    }

    [Fact]
    public async Task RenderAsync_DutchDocument_LabelsInDutch()
    {
        var reply = new DocumentReply("Samenvatting", ["De cellen kwamen bijeen."], [])
        {
            Position = new PagePosition(1, 2),
            Facts = new TextFacts([], 1200, TimeSpan.FromMinutes(5)),
            Language = StudyBot.Core.Corpus.Language.Dutch,
        };

        var embed = Assert.Single(Assert.Single(await _renderer.RenderAsync(reply, CancellationToken.None)).Embeds!);

        Assert.Equal("pagina 1 van 2", embed.Footer!.Text);
        Assert.Equal("Hele tekst", Assert.Single(embed.Fields!).Name);
    }

    [Fact]
    public async Task RenderAsync_LongSummaryWithFacts_FieldsUnderTheLastEmbedAndEveryMessageWithin6000()
    {
        var paragraphs = Enumerable.Range(0, 40).Select(i => $"Sentence {i} " + string.Join(' ', Enumerable.Repeat("solidarity", 50))).ToArray();
        var reply = new DocumentReply("Summary", paragraphs, []) { Facts = new TextFacts(Enumerable.Range(0, 300).Select(i => "term" + i).ToArray(), 50000, TimeSpan.FromMinutes(200)) };

        var messages = await _renderer.RenderAsync(reply, CancellationToken.None);

        var embeds = messages.SelectMany(m => m.Embeds!).ToArray();
        Assert.All(embeds[..^1], e => Assert.Null(e.Fields));
        Assert.All(embeds[^1].Fields!, f => Assert.InRange(f.Value.Length, 1, DiscordLimits.FieldValue));
        Assert.All(messages, m => Assert.InRange(
            m.Embeds!.Sum(e => (e.Title?.Length ?? 0) + e.Description!.Length + (e.Footer?.Text.Length ?? 0) + (e.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0)),
            1,
            DiscordLimits.EmbedTotal));
    }

    [Fact]
    public async Task RenderAsync_ThirtyActions_TwentyFiveUnderTheTextAndTheRestInAMessageOfTheirOwn()
    {
        var actions = Enumerable.Range(1, 30).Select(i => new ReplyAction("Item " + i, "/read document:workplace-cells section:" + i)).ToArray();
        var reply = new MessageReply("Pick a section.") { Actions = actions };

        var messages = await _renderer.RenderAsync(reply, CancellationToken.None);

        Assert.Equal(2, messages.Count);
        Assert.Equal("Pick a section.", messages[0].Content);
        Assert.Equal([5, 5, 5, 5, 5], messages[0].Components!.Select(r => r.Components!.Count));
        Assert.Null(messages[1].Content);
        Assert.Equal([5], messages[1].Components!.Select(r => r.Components!.Count));
        Assert.Equal(actions.Select(a => a.Label), messages.SelectMany(m => m.Components!).SelectMany(r => r.Components!).Select(b => b.Label));
    }

    [Fact]
    public async Task RenderAsync_LongMessage_SplitIntoContentsOfAtMost2000()
    {
        var text = string.Join(' ', Enumerable.Repeat("comrade", 700));

        var messages = await _renderer.RenderAsync(new MessageReply(text), CancellationToken.None);

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.InRange(m.Content!.Length, 1, DiscordLimits.Content));
        Assert.Equal(text, string.Join(' ', messages.Select(m => m.Content)));
    }

    [Fact]
    public async Task RenderAsync_LateScheduledQuote_HeadingSaysItWasPostedLate()
    {
        var reply = new QuoteReply("Solidarity forever.", new Attribution("Strike Diary", null, null, null), "Daily excerpt", Late: true);

        var embed = Assert.Single(Assert.Single(await _renderer.RenderAsync(reply, CancellationToken.None)).Embeds!);

        Assert.Equal("Daily excerpt (posted late)", embed.Title);
    }

    [Fact]
    public void Split_LongContent_PiecesWithinLimitAtWordBreaks()
    {
        var text = string.Join(' ', Enumerable.Repeat("comrade", 1000));

        var pieces = TextChunks.Split(text, DiscordLimits.Content);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, DiscordLimits.Content));
        Assert.Equal(text, string.Join(' ', pieces));
    }
}
