using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Corpus;
using StudyBot.Core.Quotes;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;
using StudyBot.Core.Tests.Corpus;
using StudyBot.Core.Text;

namespace StudyBot.Core.Tests.Summaries;

public sealed class SummarizerTests
{
    private static readonly CorpusSearchIndex Index = new(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance);

    [Theory]
    [InlineData(SummaryLength.Short, 3)]
    [InlineData(SummaryLength.Medium, 6)]
    [InlineData(SummaryLength.Long, 10)]
    public void Summarize_ALongDocument_HasTheRequestedNumberOfSentences(SummaryLength length, int expected)
    {
        var summary = new Summarizer(Index).Summarize(TestCorpus.Document("turk-metal-renault-revolt"), null, length);

        Assert.Equal(expected, summary.Sentences.Count);
    }

    [Fact]
    public void Summarize_AShortSection_TakesAtMostTwoInFiveOfItsSentences()
    {
        var document = TestCorpus.Document("workers-opposition");
        var section = document.Sections[4];

        var summary = new Summarizer(Index).Summarize(document, section, SummaryLength.Long);

        // Fewer when fewer of its sentences stand alone ("The controversy unfolding at the meeting ..." leans on the one before).
        Assert.InRange(summary.Sentences.Count, 1, (int)Math.Ceiling(section.Sentences.Count() * 0.4));
    }

    [Fact]
    public void Summarize_IsInDocumentOrderAndTheSameEveryTime()
    {
        var document = TestCorpus.Document("manifest-oktober-revolutie");

        var first = new Summarizer(Index).Summarize(document, null, SummaryLength.Medium);
        var second = new Summarizer(new CorpusSearchIndex(TestCorpus.Library, NullLogger<CorpusSearchIndex>.Instance)).Summarize(document, null, SummaryLength.Medium);

        Assert.Equal(first.Sentences.Select(s => s.Index).Order(), first.Sentences.Select(s => s.Index));
        Assert.Equal(first.Sentences, second.Sentences);
    }

    [Fact]
    public void Summarize_ASection_UsesOnlyThatSectionsSentences()
    {
        var document = TestCorpus.Document("workplace-cells");

        var summary = new Summarizer(Index).Summarize(document, document.Sections[1], SummaryLength.Short);

        Assert.All(summary.Sentences, s => Assert.Equal(1, s.SectionIndex));
    }

    [Fact]
    public void Summarize_NeverPicksCaptionsOrInfoboxLines()
    {
        var document = new DocumentBuilder("d", "D")
            .Block(BlockKind.Caption, "Workers of the Renault factory in Bursa on strike against the Türk Metal union.")
            .Block(BlockKind.InfoboxLine, "Union: Türk Metal union of the Renault factory workers in Bursa")
            .Paragraph("The Renault factory in Bursa employs five thousand workers. Workers at the factory went on strike against the union. " +
                "The Türk Metal union signed a deal that ignored the workers. The strike at the Renault factory lasted three days.")
            .Build();
        var library = new CorpusLibrary([document]);

        var summary = new Summarizer(new CorpusSearchIndex(library, NullLogger<CorpusSearchIndex>.Instance)).Summarize(document, null, SummaryLength.Long);

        Assert.NotEmpty(summary.Sentences);
        Assert.All(summary.Sentences, s => Assert.Equal(BlockKind.Paragraph, document.Blocks[s.BlockIndex].Kind));
    }

    [Fact]
    public void Summarize_PrefersSentencesThatDoNotPointBack()
    {
        var document = TestCorpus.Document("workplace-cells");

        var summary = new Summarizer(Index).Summarize(document, null, SummaryLength.Medium);

        Assert.DoesNotContain(summary.Sentences, s => s.Text.StartsWith("This ", StringComparison.Ordinal) || s.Text.StartsWith("However", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_KeyTerms_NameTheTextsSubjectWithoutStopwords()
    {
        var summary = new Summarizer(Index).Summarize(TestCorpus.Document("turk-metal-renault-revolt"), null, SummaryLength.Short);

        Assert.Contains("Türk Metal", summary.KeyTerms);
        Assert.Equal(Summarizer.KeyTermCount, summary.KeyTerms.Count);
        Assert.DoesNotContain(summary.KeyTerms, t => Stopwords.IsStopword(TextFolding.Fold(t), Language.English));
        Assert.DoesNotContain("Metal", summary.KeyTerms);
    }

    [Fact]
    public void Summarize_DutchKeyTerms_LeaveOutDutchStopwords()
    {
        var summary = new Summarizer(Index).Summarize(TestCorpus.Document("manifest-oktober-revolutie"), null, SummaryLength.Short);

        Assert.NotEmpty(summary.KeyTerms);
        Assert.DoesNotContain(summary.KeyTerms, t => Stopwords.IsStopword(TextFolding.Fold(t), Language.Dutch));
    }

    public static TheoryData<string> Slugs => new(TestCorpus.Library.Documents.Select(d => d.Slug));

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Summarize_EverySentence_StandsAloneWithoutItsNeighbours(string slug)
    {
        var document = TestCorpus.Document(slug);

        var summary = new Summarizer(Index).Summarize(document, null, SummaryLength.Long);

        Assert.NotEmpty(summary.Sentences);
        Assert.All(summary.Sentences, s => Assert.True(QuoteRules.StandsAlone(FootnoteMarkers.Remove(s.Text), document.Language), s.Text));
    }

    [Fact]
    public void Summarize_TheEssay_LeavesOutTheNoteCaptionDialogueQuotationAndBackReferences()
    {
        var document = EssayText.Document;
        var library = new CorpusLibrary([document]);

        var summary = new Summarizer(new CorpusSearchIndex(library, NullLogger<CorpusSearchIndex>.Instance)).Summarize(document, null, SummaryLength.Long);

        Assert.NotEmpty(summary.Sentences);
        string[] leftOut = ["speeches of John Burns were reprinted", "call-on at the West India Dock", "Will they hold out", "I have never seen", "already mentioned", "As we saw above", "These demands", "[sic]"];
        Assert.All(summary.Sentences, s => Assert.All(leftOut, t => Assert.DoesNotContain(t, s.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void Summarize_WordCount_IsTheDocumentsAndTheSectionsOwn()
    {
        var document = TestCorpus.Document("workers-opposition");
        var summarizer = new Summarizer(Index);

        Assert.Equal(document.WordCount, summarizer.Summarize(document, null, SummaryLength.Short).WordCount);
        Assert.Equal(document.Sections[1].WordCount, summarizer.Summarize(document, document.Sections[1], SummaryLength.Short).WordCount);
    }
}
