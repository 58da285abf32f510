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
    public void Leaves_text_that_is_not_hard_wrapped_as_written()
    {
        var text = CorpusTestSupport.Import("Title\n\nThe ministers went to the Peter-Paul Fortress, which held the martyrs of Russian free-dom, and freedom was gone.\n")
            .Blocks[^1].Text;

        Assert.Contains("free-dom", text, StringComparison.Ordinal);
    }

    private static string Import(params string[] lines) =>
        string.Join(" ", CorpusTestSupport.Import(string.Join("\n", lines) + "\n").Blocks.Select(b => b.Text));
}
