using StudyBot.Core.Corpus;
using StudyBot.Core.Quotes;
using StudyBot.Core.Tests.Corpus;
using StudyBot.Core.Text;

namespace StudyBot.Core.Tests.Quotes;

public sealed class QuoteCatalogTests
{
    private static readonly QuoteCatalog Catalog = new();
    // Not "It": "It is evident that the Bolsheviks tried ..." says what "it" is in the same sentence.
    private static readonly string[] BackPointingOpeners = ["This", "These", "That", "He", "She", "They", "However", "But", "Also", "Dit", "Deze", "Hij", "Zij", "Maar", "Ook", "Daarom"];

    public static TheoryData<string> Slugs => new(TestCorpus.Library.Documents.Select(d => d.Slug));

    [Theory]
    [MemberData(nameof(Slugs))]
    public void For_EveryCandidate_IsALengthThatReadsAsAQuote(string slug)
    {
        var candidates = Catalog.For(TestCorpus.Document(slug));

        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.InRange(c.Text.Length, QuoteRules.MinLength, QuoteRules.MaxLength));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void For_NoCandidate_ComesFromCaptionsHeadingsInfoboxOrBibliography(string slug)
    {
        var document = TestCorpus.Document(slug);

        var candidates = Catalog.For(document);

        Assert.All(candidates, c => Assert.Equal(BlockKind.Paragraph, c.Block.Kind));
        var fragments = document.Blocks.Where(b => b.Kind != BlockKind.Paragraph).Select(b => b.Text).ToArray();
        Assert.All(candidates, c => Assert.DoesNotContain(c.Text, fragments));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void For_NoCandidate_OpensByPointingBack(string slug)
    {
        var document = TestCorpus.Document(slug);

        var candidates = Catalog.For(document);

        Assert.All(candidates, c =>
        {
            var first = Tokenizer.Words(c.Text).First().Text;
            Assert.DoesNotContain(first, BackPointingOpeners);
        });
    }

    [Fact]
    public void For_ASentenceOpeningWithThis_IsQuotedOnlyAfterTheSentenceItPointsTo()
    {
        var document = new DocumentBuilder("d", "D").Sentences(
            "The strike began on Monday morning at the Renault plant in Bursa.",
            "This was the first strike at the plant in more than a decade.",
            "Workers demanded the right to leave the Türk Metal union without paying a fee.").Build();

        var candidates = Catalog.For(document);

        Assert.DoesNotContain(candidates, c => c.Text.StartsWith("This", StringComparison.Ordinal));
        Assert.Contains(candidates, c => c.FirstSentence == 0 && c.SentenceCount >= 2 && c.Text.Contains("This was the first strike", StringComparison.Ordinal));
    }

    [Fact]
    public void For_AnUnclosedQuotation_IsNotACandidate()
    {
        var document = new DocumentBuilder("d", "D").Sentences(
            "Kollontai warned that NEP ‘threatened to disillusion workers and to strengthen the peasantry.",
            "The congress passed a secret resolution on party unity which banned all factions.").Build();

        var candidates = Catalog.For(document);

        Assert.Equal(["The congress passed a secret resolution on party unity which banned all factions."], candidates.Select(c => c.Text));
    }

    [Fact]
    public void For_ASentenceInsideAQuotationOpenedBefore_IsNotACandidate()
    {
        var document = new DocumentBuilder("d", "D").Sentences(
            "Lenin wrote to the Central Committee: ‘The workers of Petrograd must take power now.",
            "Any delay at this moment would be fatal to the revolution and to the workers of every country.’",
            "The Central Committee met the next evening in a flat on the Karpovka embankment.").Build();

        var candidates = Catalog.For(document);

        Assert.DoesNotContain(candidates, c => c.Text.StartsWith("Any delay", StringComparison.Ordinal));
        Assert.Contains(candidates, c => c.Text.StartsWith("The Central Committee met", StringComparison.Ordinal));
    }

    [Fact]
    public void For_ANoteReference_IsRemovedFromTheQuote()
    {
        var document = new DocumentBuilder("d", "D").Sentences(
            "Burns addressed the crowds on Tower Hill almost every day, and the radical papers printed his speeches.[1]").Build();

        var candidate = Assert.Single(Catalog.For(document));

        Assert.Equal("Burns addressed the crowds on Tower Hill almost every day, and the radical papers printed his speeches.", candidate.Text);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void For_NoCandidate_CarriesEditorialMarksDialogueOrAFragment(string slug)
    {
        AssertEveryCandidateStandsAlone(TestCorpus.Document(slug));
    }

    [Fact]
    public void For_TheEssay_EveryCandidateStandsAloneAndTheTrapsAreLeftOut()
    {
        var document = EssayText.Document;

        var candidates = Catalog.For(document);

        Assert.NotEmpty(candidates);
        AssertEveryCandidateStandsAlone(document);
        string[] traps = ["already mentioned", "As we saw above", "[sic]", "Will they hold out", "We will return", "[1]", "call-on at the West India Dock gates"];
        Assert.All(candidates, c => Assert.All(traps, t => Assert.DoesNotContain(t, c.Text, StringComparison.Ordinal)));
        Assert.DoesNotContain(candidates, c => c.Text.StartsWith("These demands", StringComparison.Ordinal));
    }

    private static void AssertEveryCandidateStandsAlone(Document document) =>
        Assert.All(Catalog.For(document), c =>
        {
            Assert.False(QuoteRules.HasEditorialMarks(c.Text), c.Text);
            Assert.False(FootnoteMarkers.Contains(c.Text), c.Text);
            Assert.False(QuoteRules.IsDialogue(c.Text), c.Text);
            Assert.DoesNotContain(document.Sentences.Skip(c.FirstSentence).Take(c.SentenceCount), s => QuoteRules.IsFragment(s.Text, document.Language));
        });
}
