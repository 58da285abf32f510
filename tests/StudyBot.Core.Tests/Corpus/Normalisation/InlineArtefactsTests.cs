namespace StudyBot.Core.Tests.Corpus.Normalisation;

/// <summary>Damage that PDF extraction leaves inside lines, repaired only where the document proves the repair.</summary>
public sealed class InlineArtefactsTests
{
    [Fact]
    public void Removes_a_stray_hyphen_when_the_whole_word_occurs_elsewhere()
    {
        var text = Import(
            "Dit was geen ijle droom, aange-zien er reeds",
            "geruchten van onvrede opkwamen in alle landen",
            "en aangezien de stakingen in de industrie groeiden.");

        Assert.Contains("droom, aangezien er reeds", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_an_inner_hyphen_without_evidence()
    {
        var text = Import(
            "van media of politieke of aca-demische woordvoerders",
            "van het kapitalisme, zij zullen allemaal dienen om",
            "de betekenis van de revolutie te ontkrachten.");

        Assert.Contains("aca-demische", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Closes_up_a_word_split_into_letter_groups_that_the_document_uses_whole()
    {
        var text = Import(
            "het kapitalistische systeem verkeert in crisis en",
            "de kapitalistische staat verdedigt het, dit is de",
            "fase van de k apit a l ist ische ontbinding.");

        Assert.Contains("fase van de kapitalistische ontbinding", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Removes_a_stray_hyphen_when_the_document_writes_only_an_inflected_form_of_the_whole_word()
    {
        var text = Import(
            "In 2017 blijft de Russische Revolutie een cruciale gebeurte-nis in de",
            "wereldgeschiedenis, en haar eeuwfeest roept herinneringen op aan",
            "de gebeurtenissen in Rusland voor de machten die de wereld beheersen.");

        Assert.Contains("een cruciale gebeurtenis in de wereldgeschiedenis", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_a_word_the_document_writes_whole_only_across_a_line_break_as_evidence()
    {
        var text = Import(
            "In 2017 blijft de Russische Revolutie een cruciale gebeurte-nis in de",
            "wereldgeschiedenis. Zij zochten klaarheid over de gebeurtenis-",
            "sen in Rusland, waar de revolutie ontaardde in een contrarevolutie.");

        Assert.Contains("een cruciale gebeurtenis in de wereldgeschiedenis", text, StringComparison.Ordinal);
        Assert.Contains("over de gebeurtenissen in Rusland", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Removes_a_stray_hyphen_from_text_with_one_paragraph_per_line()
    {
        var text = OneParagraphPerLine(
            "The Red Guard took delivery with-out further ado, and the Bolshevik supporters of national de-fence stayed away.",
            "No factory was without its detachment, and the defence of the capital was in their hands.");

        Assert.Contains("took delivery without further ado", text, StringComparison.Ordinal);
        Assert.Contains("supporters of national defence stayed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_a_hyphen_when_the_document_never_writes_the_word_whole()
    {
        var text = OneParagraphPerLine(
            "The fortress has held all the old martyrs of Russian free-dom.",
            "There they meet the ministers of the last Tsar, and the working-class districts cheer.");

        Assert.Contains("martyrs of Russian free-dom.", text, StringComparison.Ordinal);
        Assert.Contains("the working-class districts", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_compound_the_document_writes_with_its_hyphen_more_often()
    {
        var text = OneParagraphPerLine(
            "They shared their problems with their co-workers at every level.",
            "The co-workers met after the shift, and some coworkers stayed home.");

        Assert.Contains("with their co-workers at every level", text, StringComparison.Ordinal);
        Assert.Contains("The co-workers met", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_hyphen_before_a_capital_even_when_the_document_writes_the_word_whole()
    {
        var text = OneParagraphPerLine(
            "De kapitalistische contrarevolutie in Sovjet-Rusland kwam van binnenuit.",
            "Wie over Sovjetrusland schreef, schreef over de staat.");

        Assert.Contains("in Sovjet-Rusland kwam", text, StringComparison.Ordinal);
    }

    private static string Import(params string[] lines) =>
        string.Join(" ", CorpusTestSupport.Import(string.Join("\n", lines) + "\n").Blocks.Select(b => b.Text));

    private static string OneParagraphPerLine(params string[] paragraphs) =>
        string.Join(" ", CorpusTestSupport.Import("Title\n\n" + string.Join("\n", paragraphs) + "\n").Blocks.Select(b => b.Text));
}
