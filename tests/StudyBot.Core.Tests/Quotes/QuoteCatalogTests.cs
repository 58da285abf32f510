using StudyBot.Core.Corpus;
using StudyBot.Core.Quotes;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Quotes;

public sealed class QuoteCatalogTests
{
    private static readonly QuoteCatalog Catalog = new();
    private static readonly string[] BackPointingOpeners = ["This", "These", "That", "He", "She", "It", "They", "However", "But", "Also", "Dit", "Deze", "Hij", "Zij", "Maar", "Ook", "Daarom"];

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
}
