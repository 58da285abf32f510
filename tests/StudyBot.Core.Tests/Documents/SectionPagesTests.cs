using StudyBot.Core.Corpus;
using StudyBot.Core.Documents;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Documents;

public sealed class SectionPagesTests
{
    [Fact]
    public void Split_leaves_out_the_heading_that_is_already_the_section_title_but_keeps_later_headings()
    {
        var section = new DocumentBuilder("doc", "Doc")
            .Section("Emergence")
            .Block(BlockKind.Heading, "Emergence")
            .Paragraph("The group emerged in 1920.")
            .Block(BlockKind.Heading, "Aftermath")
            .Paragraph("It dissolved in 1921.")
            .Build()
            .Sections[0];

        var page = Assert.Single(SectionPages.Split(section));

        Assert.Equal(["The group emerged in 1920.", "Aftermath", "It dissolved in 1921."], page);
    }

    [Fact]
    public void Split_breaks_pages_at_paragraphs_within_the_page_length()
    {
        var paragraph = new string('a', 900) + ".";
        var section = new DocumentBuilder("doc", "Doc").Section("One").Paragraph(paragraph).Paragraph(paragraph).Paragraph(paragraph).Build().Sections[0];

        var pages = SectionPages.Split(section);

        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Equal(paragraph, Assert.Single(p)));
    }
}
