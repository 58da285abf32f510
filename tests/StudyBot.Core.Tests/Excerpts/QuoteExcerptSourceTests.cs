using StudyBot.Core.Corpus;
using StudyBot.Core.Excerpts;
using StudyBot.Core.Quotes;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Excerpts;

public sealed class QuoteExcerptSourceTests
{
    private static readonly Lazy<CorpusLibrary> Seeds = new(() => CorpusTestSupport.Importer().ImportFolder(CorpusTestSupport.SeedsFolder()).Library);

    private static IReadOnlyList<ExcerptCandidate> CandidatesOf(string slug) =>
        new QuoteExcerptSource(new QuoteCatalog()).Candidates(Seeds.Value.Find(slug)!);

    [Fact]
    public void Excerpts_never_share_a_sentence_so_a_round_repeats_nothing()
    {
        var document = Seeds.Value.Find("workers-opposition")!;
        var candidates = CandidatesOf("workers-opposition");

        var sentenceUses = candidates
            .SelectMany(c => document.Sentences.Where(s => c.Text.Contains(s.Text, StringComparison.Ordinal)).Select(s => s.Index))
            .GroupBy(i => i)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        Assert.NotEmpty(candidates);
        Assert.Empty(sentenceUses);
        Assert.Equal(candidates.Count, candidates.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public void Excerpts_come_only_from_prose_and_carry_their_section()
    {
        var document = Seeds.Value.Find("workers-opposition")!;
        foreach (var candidate in CandidatesOf("workers-opposition"))
        {
            var first = document.Sentences[int.Parse(candidate.Key.Split('#')[1], System.Globalization.CultureInfo.InvariantCulture)];
            var block = document.Blocks[first.BlockIndex];
            Assert.Equal(BlockKind.Paragraph, block.Kind);
            Assert.Contains(candidate.Text, block.Text, StringComparison.Ordinal);
            Assert.InRange(candidate.Text.Length, QuoteRules.MinLength, QuoteRules.MaxLength);
            Assert.Equal("Workers' Opposition", candidate.Source.Title);
        }

        Assert.Contains(CandidatesOf("workers-opposition"), c => c.Source.Section == "Emergence");
    }
}
