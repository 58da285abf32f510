using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;
using StudyBot.Core.Tests.Commands;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Documents;

public sealed class ReadCommandTests
{
    private readonly CommandDispatcher dispatcher = new(
        new CommandCatalog([new ReadCommand(TestCorpus.Library), new DocumentsCommand(TestCorpus.Library)]),
        NullLogger<CommandDispatcher>.Instance);

    [Fact]
    public async Task Documents_ListsEveryDocumentWithItsMetadata()
    {
        var reply = Assert.IsType<ListReply>(await Run("/documents"));

        Assert.Equal(5, reply.Items.Count);
        var turk = reply.Items[0].PlainText;
        Assert.StartsWith("Auto workers revolt against the Türk Metal bureaucracy (turk-metal-renault-revolt) by Kemal Ülker, 2012-11-18: English · ", turk, StringComparison.Ordinal);
        Assert.Contains(" words · ", turk, StringComparison.Ordinal);
        Assert.EndsWith("min read · 2 sections", turk, StringComparison.Ordinal);
        Assert.Contains("Dutch", reply.Items[4].PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_WithoutSection_ShowsTheContents()
    {
        var reply = Assert.IsType<ListReply>(await Run("/read workers-opposition"));

        Assert.Equal("Workers' Opposition: contents", reply.Title);
        Assert.StartsWith("2. Emergence (", reply.Items[1].PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ASection_ShowsPagesOfWholeParagraphsWithANextPageButton()
    {
        var document = TestCorpus.Document("turk-metal-renault-revolt");

        var reply = Assert.IsType<DocumentReply>(await Run("/read turk-metal 1"));

        Assert.Equal("Auto workers revolt against the Türk Metal bureaucracy: 1. Auto workers revolt against the Türk Metal bureaucracy", reply.Title);
        Assert.All(reply.Paragraphs, p => Assert.Contains(document.Blocks, b => b.Text == p));
        Assert.True(reply.Paragraphs.Sum(p => p.Length) <= SectionPages.PageLength || reply.Paragraphs.Count == 1);
        var next = Assert.Single(reply.Actions);
        Assert.Equal("Next page", next.Label);
        var second = Assert.IsType<DocumentReply>(await Run(next.CommandLine));
        Assert.Equal(new PagePosition(2, SectionPages.Split(document.Sections[0]).Count), second.Position);
        Assert.Equal(document.Title, second.Source?.Title);
        Assert.Empty(second.Paragraphs.Intersect(reply.Paragraphs));
    }

    [Fact]
    public async Task Read_AllPagesOfASection_HoldEveryBlockOnce()
    {
        var section = TestCorpus.Document("turk-metal-renault-revolt").Sections[0];

        var pages = SectionPages.Split(section);

        Assert.Equal(section.Blocks.Select(b => b.Text), pages.SelectMany(p => p));
    }

    [Fact]
    public void Split_AParagraphLongerThanAPage_IsCutBetweenSentences()
    {
        var sentence = "The workers of the Renault plant in Bursa stopped work again on Monday morning. ";
        var document = new DocumentBuilder("d", "D").Paragraph(string.Concat(Enumerable.Repeat(sentence, 40)).Trim()).Build();

        var pages = SectionPages.Split(document.Sections[0]);

        Assert.True(pages.Count >= 2);
        Assert.All(pages.SelectMany(p => p), piece => Assert.True(piece.Length <= SectionPages.PageLength, $"{piece.Length} characters"));
        Assert.All(pages.SelectMany(p => p), piece => Assert.EndsWith("Monday morning.", piece, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_LastPage_OffersTheNextSection()
    {
        var reply = Assert.IsType<DocumentReply>(await Run("/read workers-opposition Emergence"));

        Assert.Equal(new ReplyAction("Next section", "/read document:\"workers-opposition\" section:\"3\"") { Continues = true }, Assert.Single(reply.Actions));
    }

    [Fact]
    public async Task Read_SectionOutOfRange_NamesTheRange()
    {
        var reply = Assert.IsType<MessageReply>(await Run("/read workers-opposition 9"));

        Assert.Equal("Section 9 does not exist; workers-opposition has sections 1-6.", reply.Text);
    }

    private Task<Reply> Run(string line) => dispatcher.ExecuteLineAsync(TestContexts.Terminal, line, CancellationToken.None);
}
