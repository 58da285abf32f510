using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Excerpts;
using StudyBot.Core.Quotes;
using StudyBot.Core.Search;
using StudyBot.Core.Summaries;
using StudyBot.Core.Tests.Commands;
using StudyBot.Core.Tests.Corpus;
using StudyBot.Core.Tests.Quizzes;

namespace StudyBot.Core.Tests.Documents;

/// <summary>
/// The Victor Serge chapter inside the Türk Metal blog, credited "Victor Serge, 1930" by the catalog, as every feature
/// that shows its text credits it: quiz feedback, search hits, summaries and daily excerpts.
/// </summary>
public sealed class SectionAttributionTests
{
    private static readonly Lazy<CorpusLibrary> Seeds = new(() => CorpusTestSupport.Importer().ImportFolder(CorpusTestSupport.SeedsFolder()).Library);

    private static Document Turk => Seeds.Value.Find("turk-metal-renault-revolt")!;

    private static Section Serge => Turk.Sections.Single(s => s.Title == "Year One of the Russian Revolution");

    [Fact]
    public void QuizFeedback_OnASentenceOfTheSergeChapter_CreditsSerge()
    {
        var chapter = Serge.Sentences.Select(s => s.Text).ToHashSet(StringComparer.Ordinal);

        var questions = new QuizFixture(Seeds.Value).AllCloze(Turk).Where(q => chapter.Contains(q.SourceText)).ToArray();

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.Equal(("Victor Serge", "1930"), (q.Source.Author, q.Source.Date)));
    }

    [Fact]
    public async Task SearchHits_InTheSergeChapter_CreditSerge()
    {
        var index = new CorpusSearchIndex(Seeds.Value, NullLogger<CorpusSearchIndex>.Instance);

        var reply = Assert.IsType<PassageListReply>(await Run(new SearchCommand(Seeds.Value, index), "/search bayonets document:turk-metal-renault-revolt"));

        Assert.NotEmpty(reply.Passages);
        Assert.All(reply.Passages, p => Assert.Equal(("Victor Serge", "1930", "Year One of the Russian Revolution"), (p.Source.Author, p.Source.Date, p.Source.Section)));
    }

    [Fact]
    public async Task Summary_OfTheSergeChapter_CreditsSerge()
    {
        var index = new CorpusSearchIndex(Seeds.Value, NullLogger<CorpusSearchIndex>.Instance);

        var reply = Assert.IsType<DocumentReply>(await Run(new SummaryCommand(Seeds.Value, new Summarizer(index)), $"/summary turk-metal-renault-revolt section:{Serge.Index + 1}"));

        Assert.Equal("Auto workers revolt against the Türk Metal bureaucracy, Victor Serge, 1930, Year One of the Russian Revolution", reply.Source?.ToString());
    }

    [Fact]
    public async Task Summary_OfTheWholeBlogWithSergeSentences_CreditsBothWriters()
    {
        var index = new CorpusSearchIndex(Seeds.Value, NullLogger<CorpusSearchIndex>.Instance);
        var summarizer = new Summarizer(index);
        var summary = summarizer.Summarize(Turk, null, SummaryLength.Long);
        var sections = summary.Sentences.Select(s => s.SectionIndex).Distinct().ToArray();

        var reply = Assert.IsType<DocumentReply>(await Run(new SummaryCommand(Seeds.Value, summarizer), "/summary turk-metal-renault-revolt length:long"));

        Assert.Contains(Serge.Index, sections);
        Assert.Contains(sections, s => s != Serge.Index);
        Assert.StartsWith("Kemal Ülker, 2012-11-07 – 2012-11-18;", reply.Source?.Author, StringComparison.Ordinal);
        Assert.Contains("; Victor Serge, 1930", reply.Source?.Author, StringComparison.Ordinal);
        Assert.Single(reply.Source!.Author!.Split("; "), c => c.StartsWith("Kemal Ülker", StringComparison.Ordinal));
        Assert.Null(reply.Source?.Date);
    }

    [Fact]
    public void DailyExcerpts_FromTheSergeChapter_CreditSerge()
    {
        var excerpts = new QuoteExcerptSource(new QuoteCatalog()).Candidates(Turk).Where(e => e.SectionIndex == Serge.Index).ToArray();

        Assert.NotEmpty(excerpts);
        Assert.All(excerpts, e => Assert.Equal(("Victor Serge", "1930"), (e.Source.Author, e.Source.Date)));
    }

    private static Task<Reply> Run(ICommand command, string line) =>
        new CommandDispatcher(new CommandCatalog([command]), NullLogger<CommandDispatcher>.Instance)
            .ExecuteLineAsync(TestContexts.Member("ann"), line, CancellationToken.None);
}
