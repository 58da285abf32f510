namespace StudyBot.Core.Tests.Corpus.Normalisation;

/// <summary>Hyphens at line ends in hard-wrapped text: broken words are joined, real hyphens kept.</summary>
public sealed class HyphenationTests
{
    [Fact]
    public void Joins_a_word_broken_at_the_line_end()
    {
        var text = Wrapped("In oktober 1917, na drie jaar van onuitspre-", "kelijke bloedbaden op de slagvelden, dook er", "een baken op in de mist van de oorlog.");

        Assert.Contains("van onuitsprekelijke bloedbaden", text, StringComparison.Ordinal);
        Assert.DoesNotContain("onuitspre-", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_hyphen_when_the_second_part_is_capitalised()
    {
        var text = Wrapped("de chaotische militaire confrontaties, die hele", "regio's in het Midden-", "Oosten, Afrika en verder vernielen.");

        Assert.Contains("in het Midden-Oosten, Afrika", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_suspended_hyphen_before_a_conjunction()
    {
        var text = Wrapped("de decimering van traditionele sectoren, de staal-", "en de scheepsbouwsector, zijn ook de gemeenschappen", "uiteen gevallen in de meeste landen.");

        Assert.Contains("de staal- en de scheepsbouwsector", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Joins_a_break_before_a_suspended_hyphen_and_keeps_that()
    {
        var text = Wrapped("te zetten tot de overwinning. De sovjets (arbei-", "ders-, soldaten- en boerenraden), met de bol-", "sjewieken op kop, kondigden een einde af.");

        Assert.Contains("(arbeiders-, soldaten- en boerenraden), met de bolsjewieken op kop", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Follows_the_documents_own_spelling_of_a_compound()
    {
        var text = Wrapped(
            "They used to share their problems with their co-",
            "workers at every level of the plant and the office,",
            "and co-workers met after the shift to talk it over.");

        Assert.Contains("with their co-workers at every level", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Joins_when_the_document_writes_the_word_whole_elsewhere()
    {
        var text = Wrapped(
            "De Oktoberrevolutie was een keerpunt in de geschiedenis en de Oktober-",
            "revolutie blijft een inspiratie voor de arbeiders van vandaag,",
            "ook honderd jaar na de gebeurtenissen in Petrograd en Moskou.");

        Assert.Contains("de Oktoberrevolutie blijft", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_hyphens_between_numbers()
    {
        var text = Wrapped("de imperialistische oorlog van 1914-", "1918 betekende de intrede van het kapitalisme in", "zijn tijdperk van aftakeling en verval.");

        Assert.Contains("oorlog van 1914-1918 betekende", text, StringComparison.Ordinal);
    }

    private static string Wrapped(params string[] lines) =>
        string.Join(" ", CorpusTestSupport.Import(string.Join("\n", lines) + "\n").Blocks.Select(b => b.Text));
}
