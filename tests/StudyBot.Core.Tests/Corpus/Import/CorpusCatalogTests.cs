using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Core.Corpus.Import;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Corpus.Import;

public sealed class CorpusCatalogTests
{
    [Fact]
    public void Read_SectionEntries_AreKeptWithTheirNumbersAuthorsAndDates()
    {
        using var folder = new TempFolder();
        folder.Write(CorpusCatalog.FileName, """
            { "documents": [ { "file": "blog.txt", "sections": [ { "section": 3, "author": "Victor Serge", "date": "1930" }, { "section": 2, "date": "2012-11-07" } ] } ] }
            """);

        var entry = CorpusCatalog.Read(folder.Path, NullLogger.Instance).Find("blog.txt");

        Assert.NotNull(entry);
        Assert.Equal([new SectionCatalogEntry(3, "Victor Serge", "1930"), new SectionCatalogEntry(2, null, "2012-11-07")], entry.Sections);
    }

    [Fact]
    public void Read_ASectionEntryWithoutANumber_IsReportedAndTheCatalogIgnored()
    {
        using var folder = new TempFolder();
        folder.Write(CorpusCatalog.FileName, """
            { "documents": [ { "file": "blog.txt", "author": "Kemal Ülker", "sections": [ { "author": "Victor Serge" } ] } ] }
            """);
        var logger = new RecordingLogger<CorpusCatalog>();

        var catalog = CorpusCatalog.Read(folder.Path, logger);

        Assert.Empty(catalog.Entries);
        Assert.Contains(logger.Entries, e => e.Message.Contains("\"section\" number", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportText_ACatalogSectionEntry_OverridesTheAuthorAndDateFoundInTheText()
    {
        var entry = new CatalogEntry { File = EssayText.FileName, Sections = [new SectionCatalogEntry(1, "M. Holloway", "2024")] };

        var document = CorpusTestSupport.Importer().ImportText(EssayText.FileName, EssayText.Source, entry);

        Assert.Equal(("M. Holloway", "2024"), (document.Sections[0].Author, document.Sections[0].Date));
        Assert.All(document.Sections.Skip(1), s => Assert.NotEqual("M. Holloway", s.Author));
    }
}
