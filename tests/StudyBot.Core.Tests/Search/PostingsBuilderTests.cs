using StudyBot.Core.Corpus;
using StudyBot.Core.Search;

namespace StudyBot.Core.Tests.Search;

public sealed class PostingsBuilderTests
{
    private static readonly Language[] English = [Language.English];

    [Fact]
    public void Layout_PartsWrittenAgain_KeepEveryPassageOfATermInOrderAcrossManyChunksOfPairs()
    {
        // Three distinct terms a passage: 30,000 passages make 90,000 pairs, several chunks in each part.
        var first = Part(Enumerable.Range(0, 15_000).Select(i => $"strike w{i} common"));
        var second = Part(Enumerable.Range(15_000, 15_000).Select(i => $"common w{i} strike"));
        var joined = new TermDictionary([]);

        var postings = Build([first, second], joined);

        Assert.True(joined.TryGet("strike", out var strike));
        Assert.Equal(Enumerable.Range(0, 30_000), Passages(postings, strike));
        Assert.True(joined.TryGet("w29999", out var last));
        Assert.Equal([29_999], Passages(postings, last));
    }

    [Fact]
    public void Write_AWordRepeatedPastWhatAByteHolds_CountsAsTheMostAByteHolds()
    {
        var part = Part([string.Join(' ', Enumerable.Repeat("union", 300)) + " strike"]);
        var joined = new TermDictionary([]);

        var postings = Build([part], joined);

        Assert.True(joined.TryGet("union", out var union));
        Assert.True(joined.TryGet("strike", out var strike));
        Assert.Equal(byte.MaxValue, postings.Frequencies[postings.Starts[union]]);
        Assert.Equal(1, postings.Frequencies[postings.Starts[strike]]);
    }

    [Fact]
    public void Write_KeepsEachPassagesWordPositionsBesideItsPosting()
    {
        var part = Part(["the strike and the strikes went on", "no strike here", "[12] a general strike"]);
        var joined = new TermDictionary([]);

        var postings = Build([part], joined);

        Assert.True(joined.TryGet("strike", out var strike));
        Assert.Equal([0, 1, 2], Passages(postings, strike));
        Assert.Equal([[1, 4], [1], [2]], Enumerable.Range(postings.Starts[strike], 3).Select(slot => Positions(postings, strike, slot)));
    }

    /// <summary>A part whose passages are counted, as the first pass leaves it.</summary>
    private static (PostingsBuilder Builder, IndexTerms Terms, string[] Texts) Part(IEnumerable<string> passages)
    {
        var texts = passages.ToArray();
        var terms = new IndexTerms(English);
        var builder = new PostingsBuilder(terms);
        foreach (var text in texts)
        {
            builder.Count(text, terms.Slot(Language.English));
        }

        return (builder, terms, texts);
    }

    /// <summary>Lays the parts out under the joined numbering, then writes each part's passages again.</summary>
    private static Postings Build(IReadOnlyList<(PostingsBuilder Builder, IndexTerms Terms, string[] Texts)> parts, TermDictionary joined)
    {
        var postings = PostingsBuilder.Layout(parts.Select(p => (p.Builder, p.Terms.Stems.MapInto(joined))).ToArray(), joined.Count);
        foreach (var (builder, terms, texts) in parts)
        {
            foreach (var text in texts)
            {
                builder.Write(text, terms.Slot(Language.English), postings);
            }
        }

        return postings;
    }

    private static int[] Positions(Postings postings, int term, int slot)
    {
        var positions = new int[postings.Frequencies[slot]];
        postings.ReadPositions(postings.PositionsOf(term, slot), positions);
        return positions;
    }

    private static int[] Passages(Postings postings, int term) =>
        postings.Passages[postings.Starts[term]..postings.Starts[term + 1]];
}
