using StudyBot.Core.Corpus;
using StudyBot.Core.Search;

namespace StudyBot.Core.Tests.Search;

public sealed class PostingsBuilderTests
{
    private static readonly Language[] English = [Language.English];

    [Fact]
    public void Parts_joined_keep_every_passage_of_a_term_in_order_across_many_chunks_of_pairs()
    {
        // Three distinct terms a passage: 30,000 passages make 90,000 pairs, several chunks in each part.
        var (first, firstMap) = Part(Enumerable.Range(0, 15_000).Select(i => $"strike w{i} common"));
        var (second, secondMap) = Part(Enumerable.Range(15_000, 15_000).Select(i => $"common w{i} strike"));
        var joined = new TermDictionary(English);
        var firstIds = firstMap.MapInto(joined);
        var secondIds = secondMap.MapInto(joined);

        var postings = PostingsBuilder.Build([(first, firstIds), (second, secondIds)], joined.Count);

        Assert.True(joined.TryGet("strike", out var strike));
        Assert.Equal(Enumerable.Range(0, 30_000), Passages(postings, strike));
        Assert.True(joined.TryGet("w29999", out var last));
        Assert.Equal([29_999], Passages(postings, last));
    }

    [Fact]
    public void A_word_repeated_past_what_a_byte_holds_counts_as_the_most_a_byte_holds()
    {
        var (part, map) = Part([string.Join(' ', Enumerable.Repeat("union", 300)) + " strike"]);
        var joined = new TermDictionary(English);

        var postings = PostingsBuilder.Build([(part, map.MapInto(joined))], joined.Count);

        Assert.True(joined.TryGet("union", out var union));
        Assert.True(joined.TryGet("strike", out var strike));
        Assert.Equal(byte.MaxValue, postings.Frequencies[postings.Starts[union]]);
        Assert.Equal(1, postings.Frequencies[postings.Starts[strike]]);
    }

    private static (PostingsBuilder Builder, TermDictionary Dictionary) Part(IEnumerable<string> passages)
    {
        var dictionary = new TermDictionary(English);
        var builder = new PostingsBuilder(dictionary);
        foreach (var passage in passages)
        {
            builder.Add(passage, dictionary.LanguageMask(Language.English));
        }

        return (builder, dictionary);
    }

    private static int[] Passages(Postings postings, int term) =>
        postings.Passages[postings.Starts[term]..postings.Starts[term + 1]];
}
