using StudyBot.Core.Commands;
using StudyBot.Core.Documents;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Documents;

public sealed class SectionLookupTests
{
    private static readonly StudyBot.Core.Corpus.Document Opposition = TestCorpus.Document("workers-opposition");

    [Theory]
    [InlineData("2", "Emergence")]
    [InlineData("membership", "Membership")]
    [InlineData("first app", "First appearances")]
    public void Require_FindsBySectionNumberOrTitle(string reference, string title)
    {
        Assert.Equal(title, SectionLookup.Require(Opposition, reference).Title);
    }

    [Fact]
    public void Require_NumberOutOfRange_SaysWhichSectionsExist()
    {
        var refusal = Assert.Throws<CommandException>(() => SectionLookup.Require(Opposition, "9"));

        Assert.Equal("Section 9 does not exist; workers-opposition has sections 1-6.", refusal.Message);
    }

    [Fact]
    public void Require_UnknownTitle_ListsTheSections()
    {
        var refusal = Assert.Throws<CommandException>(() => SectionLookup.Require(Opposition, "Ideology"));

        Assert.StartsWith("No section of workers-opposition is called 'Ideology'. Sections: 1. Workers' Opposition; 2. Emergence;", refusal.Message, StringComparison.Ordinal);
    }
}
