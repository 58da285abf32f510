using StudyBot.Core.Corpus;

namespace StudyBot.Core.Tests.Corpus.Normalisation;

/// <summary>Lines into paragraphs: hard-wrapped text is joined, one-paragraph-per-line text stays as it is.</summary>
public sealed class ParagraphAssemblerTests
{
    [Fact]
    public void Joins_hard_wrapped_lines_into_paragraphs()
    {
        var document = CorpusTestSupport.Import("""
            In Rusland zelf maakt het Putin-regime een
            moeilijke tijd door om de juiste toon te vinden
            voor de herdenking van de revolutie.

            Wat de democratische landen van het Westen
            betreft zal er ook een verwarrend mengsel van
            analyses en verklaringen opgedist worden.
            """);

        Assert.Equal(
            [
                "In Rusland zelf maakt het Putin-regime een moeilijke tijd door om de juiste toon te vinden voor de herdenking van de revolutie.",
                "Wat de democratische landen van het Westen betreft zal er ook een verwarrend mengsel van analyses en verklaringen opgedist worden.",
            ],
            document.Blocks.Select(b => b.Text));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void Keeps_one_paragraph_per_line_text_as_it_is()
    {
        var document = CorpusTestSupport.Import("""
            On November 13, 1,500 angry auto workers stopped work and staged a sit-in at the Renault factory in Bursa. What made this action notable was that the protest was aimed at the union.
            According to reports from the scene a total of 5,000 workers rejected the proposal made by the union, citing poor working conditions and inadequate wages.
            The protesting workers demanded that a notary public come to the factory so that they could begin the legal process of leaving the union.
            """);

        Assert.Equal(3, document.Blocks.Count);
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void Joins_a_line_that_broke_off_mid_sentence_in_one_paragraph_per_line_text()
    {
        var document = CorpusTestSupport.Import("""
            The
            first organisation of the Workers Movement emerged in September, 1990, on the Alma-Ata Mechanical Engineering Plant named after S.M. Kirov.
            """);

        Assert.StartsWith("The first organisation of the Workers Movement", Assert.Single(document.Blocks).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Continues_a_sentence_across_a_page_break()
    {
        var document = CorpusTestSupport.Import("""
            Vandaag hebben wij een zodanig dieptepunt bereikt in
            de bekwaamheid van de arbeidersbeweging

            om zich haar eigen verleden te herinneren, dat
            zelfs partijen van rechtse populisten zichzelf
            kunnen opwerpen als partijen van de arbeidersklasse.
            """);

        var block = Assert.Single(document.Blocks);
        Assert.Contains("arbeidersbeweging om zich haar eigen verleden", block.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Continues_across_a_page_header_and_captions_that_the_break_put_in_between()
    {
        var document = CorpusTestSupport.Import("""
            De stalinistische regimes waren inderdaad kapitalistisch,
            maar doordat ze zo een verwrongen vorm van kapitalisme
            waren, leken ze bij velen een geheel andere vorm van
            maatschappij te vertegenwoordigen dan het Westen.

            Maar voor een veel groter deel van de bevolking in het Westen

            3INTERNATIONALISME - WERELDREVOLUTIE

            Rode garde van de Vulcan fabriek, Petrograd

            – en inderdaad voor de meerderheid van de arbeidersklasse
            binnen de stalinistische regimes zelf – was het idee dat
            de Sovjet-Unie en haar satellieten socialistisch waren
            het ultieme bewijs dat het kapitalisme onvermijdelijk was.
            """);

        Assert.Contains(
            "Maar voor een veel groter deel van de bevolking in het Westen – en inderdaad voor de meerderheid",
            document.BlockContaining("Maar voor een veel").Text,
            StringComparison.Ordinal);
        Assert.Equal(BlockKind.Caption, document.BlockContaining("Rode garde").Kind);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("WERELDREVOLUTIE", StringComparison.Ordinal));
    }

    [Fact]
    public void Splits_off_a_caption_line_under_a_paragraph()
    {
        var document = CorpusTestSupport.Import("""
            Het vormde de objectieve basis voor de grote
            leugen dat het stalinisme gelijk is aan het
            communisme van Marx en van de arbeidersbeweging.
            Generatie 'geen-geen', Enkel onze ketens nog te verliezen, Indignados, Spanje 2011

            Eén zaak is om de lessen te trekken uit de
            nederlaag van de revolutie. Maar een andere vraag
            is of er een nieuwe revolutie kan komen.
            """);

        Assert.Equal([BlockKind.Paragraph, BlockKind.Caption, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
        Assert.Empty(document.Blocks[1].Sentences);
    }

    [Fact]
    public void Splits_a_heading_line_from_the_paragraph_under_it()
    {
        var document = CorpusTestSupport.Import("""
            De Oktoberrevolutie was het toppunt van wat de
            proletarische klassenstrijd heeft bereikt in de
            geschiedenis van de twintigste eeuw.

            ter verdediging van oktober
            Een sleutelelement in de minachting van de Russische
            Revolutie is het idee dat de Oktoberrevolutie slechts
            een staatsgreep was van de bolsjewistische partij.
            """);

        Assert.Equal(3, document.Blocks.Count);
        Assert.Equal((BlockKind.Heading, "ter verdediging van oktober"), (document.Blocks[1].Kind, document.Blocks[1].Text));
        Assert.StartsWith("Een sleutelelement in de minachting van de Russische Revolutie is", document.Blocks[2].Text, StringComparison.Ordinal);
    }
}
