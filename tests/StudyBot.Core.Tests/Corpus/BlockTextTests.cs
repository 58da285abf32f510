using StudyBot.Core.Corpus;

namespace StudyBot.Core.Tests.Corpus;

/// <summary>Blocks keep their text as UTF-8; what a reader gets back must be exactly what was imported.</summary>
public sealed class BlockTextTests
{
    [Fact]
    public void Text_beyond_ascii_reads_back_unchanged_in_blocks_and_sentences()
    {
        const string Paragraph = "De arbeiders van Türk-Metal eisten één ding: “geen ontslagen” — en kregen het. Zo begon het 🚩.";
        var document = CorpusTestSupport.Import("Een titel\n\n" + Paragraph + "\n\nEen tweede alinea volgt hier.\n");

        var block = document.Blocks.Single(b => b.Text.StartsWith("De arbeiders", StringComparison.Ordinal));

        Assert.Equal(Paragraph, block.Text);
        Assert.Equal(
            ["De arbeiders van Türk-Metal eisten één ding: “geen ontslagen” — en kregen het.", "Zo begon het 🚩."],
            block.Sentences.Select(s => s.Text));
        Assert.Equal("Een tweede alinea volgt hier.", document.Blocks[block.Index + 1].Text);
    }

    [Fact]
    public void A_block_made_from_a_string_keeps_it()
    {
        var block = new Block(0, 0, BlockKind.Caption, "Foto: de fabriekshal in Bursa, 2015.", []);

        Assert.Equal("Foto: de fabriekshal in Bursa, 2015.", block.Text);
        Assert.Equal(6, block.WordCount);
    }

    [Fact]
    public void An_unpaired_surrogate_in_an_imported_string_becomes_a_replacement_character()
    {
        var document = CorpusTestSupport.Import("A title\n\nThe strike began at dawn \uD800 and spread. It lasted a week.\n");

        var sentences = document.Blocks[^1].Sentences.Select(s => s.Text);

        Assert.Equal(["The strike began at dawn \uFFFD and spread.", "It lasted a week."], sentences);
    }
}
