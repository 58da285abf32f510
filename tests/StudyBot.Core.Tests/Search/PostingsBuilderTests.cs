using StudyBot.Core.Corpus;
using StudyBot.Core.Search;

namespace StudyBot.Core.Tests.Search;

public sealed class PostingsBuilderTests
{
    private static readonly Language[] English = [Language.English];

    [Fact]
    public void Build_PartsJoined_KeepEveryPassageOfATermInOrderAcrossManyChunksOfPairs()
    {
        // Three distinct terms a passage: 30,000 passages make 90,000 pairs, several chunks in each part.
        var (first, firstMap) = Part(Enumerable.Range(0, 15_000).Select(i => $"strike w{i} common"));
        var (second, secondMap) = Part(Enumerable.Range(15_000, 15_000).Select(i => $"common w{i} strike"));
        var joined = new TermDictionary([]);
        var firstIds = firstMap.Stems.MapInto(joined);
        var secondIds = secondMap.Stems.MapInto(joined);

        var postings = PostingsBuilder.Build([(first, firstIds), (second, secondIds)], joined.Count);

        Assert.True(joined.TryGet("strike", out var strike));
        Assert.Equal(Enumerable.Range(0, 30_000), Passages(postings, strike));
        Assert.True(joined.TryGet("w29999", out var last));
        Assert.Equal([29_999], Passages(postings, last));
    }

    [Fact]
    public void Build_AWordRepeatedPastWhatAByteHolds_CountsAsTheMostAByteHolds()
    {
        var (part, map) = Part([string.Join(' ', Enumerable.Repeat("union", 300)) + " strike"]);
        var joined = new TermDictionary([]);

        var postings = PostingsBuilder.Build([(part, map.Stems.MapInto(joined))], joined.Count);

        Assert.True(joined.TryGet("union", out var union));
        Assert.True(joined.TryGet("strike", out var strike));
        Assert.Equal(byte.MaxValue, postings.Frequencies[postings.Starts[union]]);
        Assert.Equal(1, postings.Frequencies[postings.Starts[strike]]);
    }

    [Fact]
    public void Build_KeepsEachPassagesWordPositionsBesideItsPosting()
    {
        var (part, map) = Part(["the strike and the strikes went on", "no strike here", "[12] a general strike"]);
        var joined = new TermDictionary([]);

        var postings = PostingsBuilder.Build([(part, map.Stems.MapInto(joined))], joined.Count);

        Assert.True(joined.TryGet("strike", out var strike));
        Assert.Equal([0, 1, 2], Passages(postings, strike));
        Assert.Equal([[1, 4], [1], [2]], Enumerable.Range(postings.Starts[strike], 3).Select(slot => Positions(postings, strike, slot)));
    }

    private static (PostingsBuilder Builder, IndexTerms Terms) Part(IEnumerable<string> passages)
    {
        var terms = new IndexTerms(English);
        var builder = new PostingsBuilder(terms);
        foreach (var passage in passages)
        {
            builder.Add(passage, terms.Slot(Language.English));
        }

        return (builder, terms);
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
