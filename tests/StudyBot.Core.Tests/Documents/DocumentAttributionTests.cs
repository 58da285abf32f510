using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Documents;

public sealed class DocumentAttributionTests
{
    private static readonly Lazy<CorpusLibrary> Seeds = new(() => CorpusTestSupport.Importer().ImportFolder(CorpusTestSupport.SeedsFolder()).Library);

    [Fact]
    public void Of_ASectionNamedLikeTheDocument_LeavesTheSectionOut()
    {
        var turk = TestCorpus.Document("turk-metal-renault-revolt");

        Assert.Equal(new Attribution(turk.Title, "Kemal Ülker", "2012-11-18", null), DocumentAttribution.Of(turk, 0));
        Assert.Equal(new Attribution(turk.Title, "Kemal Ülker", "2012-11-18", "Background"), DocumentAttribution.Of(turk, 1));
    }

    [Fact]
    public void Of_ASectionWithItsOwnBylineAndDate_CreditsTheSectionNotTheDocument()
    {
        var withExcerpt = BlogWithExcerpt();

        Assert.Equal(new Attribution("A blog", "Kemal Ülker", "2012-11-18", "Report"), DocumentAttribution.Of(withExcerpt, 0));
        Assert.Equal(new Attribution("A blog", "Victor Serge", "1930", "Year One of the Russian Revolution"), DocumentAttribution.Of(withExcerpt, 1));
        Assert.Equal(new Attribution("A blog", "Kemal Ülker", "2012-11-18", null), DocumentAttribution.Of(withExcerpt, -1));
    }

    [Fact]
    public void OfSections_TextFromOneSection_CreditsThatSection()
    {
        var document = BlogWithExcerpt();

        Assert.Equal(new Attribution("A blog", "Victor Serge", "1930", "Year One of the Russian Revolution"), DocumentAttribution.OfSections(document, [1, 1]));
    }

    [Fact]
    public void OfSections_TextFromSectionsWithDifferentBylines_CreditsEachAuthorWithTheirDate()
    {
        var document = BlogWithExcerpt();

        Assert.Equal(new Attribution("A blog", "Kemal Ülker, 2012-11-18; Victor Serge, 1930", null, null), DocumentAttribution.OfSections(document, [0, 1, 0]));
    }

    [Fact]
    public void OfSections_OneAuthorsSectionsOfSeveralDays_CreditsTheAuthorOnceWithTheSpanOfDates()
    {
        var document = new DocumentBuilder("blog", "A blog").By("Kemal Ülker", "2012-11-18")
            .Section("Report").Paragraph("The workers stopped work at the Renault factory in Bursa.")
            .Section("Anniversary").Paragraph("We salute the workers who stormed the winter palace in 1917.").Build();
        var earlier = new Section(1, "Anniversary", document.Sections[1].Blocks, "Kemal Ülker", "2012-11-07");
        document = new Document(document.Slug, document.Metadata, [document.Sections[0], earlier]);

        Assert.Equal(new Attribution("A blog", "Kemal Ülker", "2012-11-07 – 2012-11-18", null), DocumentAttribution.OfSections(document, [0, 1]));
    }

    [Fact]
    public void OfSections_SectionsWithoutOwnBylines_CreditsTheDocument()
    {
        var document = new DocumentBuilder("blog", "A blog").By("Kemal Ülker", "2012-11-18")
            .Section("Report").Paragraph("The workers stopped work at the Renault factory in Bursa.")
            .Section("Aftermath").Paragraph("The union lost most of its members within a month.").Build();

        Assert.Equal(new Attribution("A blog", "Kemal Ülker", "2012-11-18", null), DocumentAttribution.OfSections(document, [0, 1]));
    }

    [Fact]
    public void Of_TheSeedExcerptByVictorSerge_CreditsSergeWithTheCatalogDate()
    {
        var turk = Seeds.Value.Find("turk-metal-renault-revolt")!;
        var serge = turk.Sections.Single(s => s.Title == "Year One of the Russian Revolution");

        var attribution = DocumentAttribution.Of(turk, serge.Index);

        Assert.Equal(("Victor Serge", "1930"), (attribution.Author, attribution.Date));
        Assert.Equal(("Kemal Ülker", "2012-11-18"), (DocumentAttribution.Of(turk, 0).Author, DocumentAttribution.Of(turk, 0).Date));
    }

    [Fact]
    public void Of_TheEssay_CreditsItsBylineAndDateline()
    {
        var attribution = DocumentAttribution.Of(EssayText.Document, 0);

        Assert.Equal(("Margaret Holloway", "2024-03-14"), (attribution.Author, attribution.Date));
    }

    [Fact]
    public void Of_TheEssayWithoutACatalogEntry_CreditsTheTitleLineUnderItsDateline()
    {
        var attribution = DocumentAttribution.Of(EssayText.Document, 0);

        Assert.Equal("The dockers' tanner: London's great strike of 1889", attribution.Title);
    }

    /// <summary>A blog by Kemal Ülker whose second section is a chapter by Victor Serge with its own byline and date.</summary>
    private static Document BlogWithExcerpt()
    {
        var document = new DocumentBuilder("blog", "A blog").By("Kemal Ülker", "2012-11-18")
            .Section("Report").Paragraph("The workers stopped work at the Renault factory in Bursa.")
            .Section("Year One of the Russian Revolution").Paragraph("The guns of the Aurora demoralized the defending side.").Build();
        var excerpt = new Section(1, "Year One of the Russian Revolution", document.Sections[1].Blocks, "Victor Serge", "1930");
        return new Document(document.Slug, document.Metadata, [document.Sections[0], excerpt]);
    }
}
