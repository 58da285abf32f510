using StudyBot.Core.Corpus;

namespace StudyBot.Core.Tests.Corpus;

public sealed class SentenceTests
{
    [Fact]
    public void A_sentence_cut_from_its_block_reads_like_one_with_its_own_text()
    {
        const string block = "First sentence. Second sentence.";

        var cut = new Sentence(1, 0, 0, block, 16, 16);
        var own = new Sentence(1, 0, 0, "Second sentence.");

        Assert.Equal("Second sentence.", cut.Text);
        Assert.Equal(own.Text, cut.Text);
    }

    [Fact]
    public void Refuses_a_range_outside_the_block()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Sentence(0, 0, 0, "short", 2, 10));
    }
}
