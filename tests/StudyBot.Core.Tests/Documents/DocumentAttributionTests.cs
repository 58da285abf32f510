using StudyBot.Core.Commands;
using StudyBot.Core.Documents;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Documents;

public sealed class DocumentAttributionTests
{
    [Fact]
    public void Of_ASectionNamedLikeTheDocument_LeavesTheSectionOut()
    {
        var turk = TestCorpus.Document("turk-metal-renault-revolt");

        Assert.Equal(new Attribution(turk.Title, "Kemal Ülker", "2012-11-18", null), DocumentAttribution.Of(turk, 0));
        Assert.Equal(new Attribution(turk.Title, "Kemal Ülker", "2012-11-18", "Background"), DocumentAttribution.Of(turk, 1));
    }
}
