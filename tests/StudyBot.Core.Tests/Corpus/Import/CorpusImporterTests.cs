using System.Text;
using Microsoft.Extensions.Logging;
using StudyBot.Core.Corpus;
using StudyBot.Core.Corpus.Import;
using StudyBot.Core.Tests.TestSupport;

namespace StudyBot.Core.Tests.Corpus.Import;

public sealed class CorpusImporterTests : IDisposable
{
    private const string GoodText = "A title\n\nThe first paragraph says something. It has two sentences.\n";

    private readonly TempFolder folder = new();
    private readonly RecordingLogger<CorpusImporter> logger = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Imports_text_and_markdown_files_in_file_order_with_slugs_from_their_names()
    {
        folder.Write("Türk Metal.txt", GoodText);
        folder.Write("notes_2024.md", "# Reading notes\n\nWe read the text together.\n");
        folder.Write("ignored.pdf", "not a text file");

        var result = Import();

        Assert.Equal(["notes-2024", "turk-metal"], result.Library.Documents.Select(d => d.Slug));
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Skips_a_binary_file_with_nul_bytes_and_loads_the_rest()
    {
        folder.WriteBytes("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42]);
        folder.Write("good.txt", GoodText);

        var result = Import();

        Assert.Equal("good", Assert.Single(result.Library.Documents).Slug);
        Assert.Contains("binary", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("binary.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Skips_a_file_full_of_control_characters()
    {
        folder.Write("controls.txt", "ab\u0001\u0002\u0003\u0004cd\u0005\u0006\u0007\u0008ef");

        var skipped = Assert.Single(Import().Skipped);

        Assert.Contains("control characters", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_empty_and_whitespace_only_files()
    {
        folder.Write("empty.txt", string.Empty);
        folder.Write("blank.txt", " \n\t\u00A0\n\r\n");

        var result = Import();

        Assert.Empty(result.Library.Documents);
        Assert.Equal(2, result.Skipped.Count);
        Assert.Contains(result.Skipped, s => s.Path.EndsWith("empty.txt", StringComparison.Ordinal) && s.Reason == "empty file");
        Assert.Contains(result.Skipped, s => s.Path.EndsWith("blank.txt", StringComparison.Ordinal) && s.Reason == "only whitespace");
    }

    [Fact]
    public void Skips_a_file_over_the_size_limit()
    {
        folder.Write("big.txt", GoodText + new string('x', 200));
        folder.Write("small.txt", GoodText);

        var result = Import(new CorpusOptions { MaxFileBytes = 150 });

        Assert.Equal("small", Assert.Single(result.Library.Documents).Slug);
        Assert.StartsWith("too large", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_invalid_utf8_and_names_the_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("Valid start, then ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" and more.")).ToArray();
        folder.WriteBytes("latin.txt", bytes);

        var skipped = Assert.Single(Import().Skipped);

        Assert.StartsWith("invalid UTF-8 near byte offset", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_utf8_byte_order_mark_and_drops_it()
    {
        folder.WriteBytes("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(GoodText)]);

        var document = Assert.Single(Import().Library.Documents);

        Assert.Equal("A title", document.Title);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains('\uFEFF', StringComparison.Ordinal));
    }

    [Fact]
    public void Skips_the_second_file_whose_name_gives_the_same_slug()
    {
        folder.Write("Workers.txt", GoodText);
        folder.Write("workers.md", GoodText);

        var result = Import();

        Assert.Single(result.Library.Documents);
        Assert.Contains("already taken", Assert.Single(result.Skipped).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_wins_over_what_the_text_states()
    {
        folder.Write("article.txt", "The title in the text\n\nBy Jane Writer\n\nThe article begins here and goes on.\n");
        folder.Write("other.txt", "Other title\n\nBy Sam Author\n\nIts text is here and nowhere else.\n");
        folder.Write(CorpusCatalog.FileName, """
            { "documents": [ { "file": "article.txt", "title": "Catalog title", "author": "Catalog Author", "date": "2020-05", "language": "nl", "source": "A test" } ] }
            """);

        var documents = Import().Library.Documents.ToDictionary(d => d.Slug);

        Assert.Equal(new DocumentMetadata("Catalog title", "Catalog Author", "2020-05", Language.Dutch, "A test"), documents["article"].Metadata);
        Assert.Equal(new DocumentMetadata("Other title", "Sam Author", null, Language.English, null), documents["other"].Metadata);
    }

    [Fact]
    public void A_broken_catalog_is_ignored_with_a_warning()
    {
        folder.Write("article.txt", GoodText);
        folder.Write(CorpusCatalog.FileName, "{ not json");

        var document = Assert.Single(Import().Library.Documents);

        Assert.Equal("A title", document.Title);
        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("catalog", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_folder_is_an_error_that_names_it()
    {
        var missing = Path.Combine(folder.Path, "nowhere");

        var error = Assert.Throws<DirectoryNotFoundException>(() => CorpusTestSupport.Importer().ImportFolder(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Imports_a_single_text_from_a_string()
    {
        var document = CorpusTestSupport.Importer().ImportText("Notes on Lenin.md", "# Notes\n\nLenin wrote a great deal. He also read.\n");

        Assert.Equal("notes-on-lenin", document.Slug);
        Assert.Equal("Notes", document.Title);
        Assert.Equal(2, document.Sentences.Count);
        Assert.StartsWith("Lenin wrote", document.Sentences[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_string_without_text()
    {
        Assert.Throws<ArgumentException>(() => CorpusTestSupport.Importer().ImportText("empty.txt", "  \n "));
    }

    private CorpusImportResult Import(CorpusOptions? options = null)
    {
        var configured = options ?? new CorpusOptions();
        configured.Folder = folder.Path;
        return CorpusTestSupport.Importer(configured, logger).ImportFolder();
    }
}
