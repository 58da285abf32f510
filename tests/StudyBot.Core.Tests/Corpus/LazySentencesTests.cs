using StudyBot.Core.Corpus;

namespace StudyBot.Core.Tests.Corpus;

/// <summary>An imported block makes its sentences when first read; concurrent commands must all see the same ones.</summary>
public sealed class LazySentencesTests
{
    private const string Text = "A title\n\nThe first paragraph says something. It has two sentences.\n\nThe second paragraph follows. It has two as well.\n";

    [Fact]
    public void Concurrent_first_reads_of_a_block_get_the_same_sentences()
    {
        var document = CorpusTestSupport.Import(Text);
        var block = document.Blocks.Last(b => b.IsProse);

        var seen = new IReadOnlyList<Sentence>[16];
        Parallel.For(0, seen.Length, i => seen[i] = block.Sentences);

        Assert.All(seen, s => Assert.Same(seen[0], s));
        Assert.Equal(["The second paragraph follows.", "It has two as well."], seen[0].Select(s => s.Text));
    }

    [Fact]
    public void A_document_counts_its_sentences_and_reads_any_by_position()
    {
        var document = CorpusTestSupport.Import(Text);

        Assert.Equal(4, document.Sentences.Count);
        Assert.Equal("The second paragraph follows.", document.Sentences[2].Text);
        Assert.Equal(2, document.Sentences[2].Index);
    }
}
