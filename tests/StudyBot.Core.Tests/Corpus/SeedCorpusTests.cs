using StudyBot.Core.Corpus;
using StudyBot.Core.Corpus.Import;

namespace StudyBot.Core.Tests.Corpus;

/// <summary>The bundled corpus as a reader meets it: the five seed texts in the repository's <c>seeds/</c> folder.</summary>
public sealed class SeedCorpusTests
{
    private static readonly Lazy<CorpusImportResult> Seeds = new(() => CorpusTestSupport.Importer().ImportFolder(CorpusTestSupport.SeedsFolder()));

    private static CorpusLibrary Library => Seeds.Value.Library;

    private static Document Manifest => Library.Find("manifest-oktober-revolutie")!;

    [Fact]
    public void Imports_all_five_seed_texts()
    {
        Assert.Empty(Seeds.Value.Skipped);
        Assert.Equal(
            ["manifest-oktober-revolutie", "solidarity-kazakhstan", "turk-metal-renault-revolt", "workers-opposition", "workplace-cells"],
            Library.Documents.Select(d => d.Slug));
    }

    [Fact]
    public void Knows_the_language_of_each_text()
    {
        Assert.Equal(Language.Dutch, Manifest.Language);
        Assert.All(Library.Documents.Where(d => d != Manifest), d => Assert.Equal(Language.English, d.Language));
    }

    [Fact]
    public void Detects_the_dutch_text_without_the_catalog()
    {
        var path = Path.Combine(CorpusTestSupport.SeedsFolder(), "manifest-oktober-revolutie.txt");

        var document = CorpusTestSupport.Importer().ImportText("manifest-oktober-revolutie.txt", File.ReadAllText(path));

        Assert.Equal(Language.Dutch, document.Language);
        Assert.Equal("Internationale Kommunistische Stroming", document.Metadata.Author);
        Assert.Equal("2017-09", document.Metadata.Date);
    }

    [Fact]
    public void Takes_title_author_and_date_from_the_catalog()
    {
        var turk = Library.Find("turk-metal-renault-revolt")!;

        Assert.Equal("Auto workers revolt against the Türk Metal bureaucracy", turk.Title);
        Assert.Equal(("Kemal Ülker", "2012-11-18"), (turk.Metadata.Author, turk.Metadata.Date));
        Assert.Equal("Alpaslan Savaş", Library.Find("workplace-cells")!.Metadata.Author);
        Assert.All(Library.Documents, d => Assert.False(string.IsNullOrWhiteSpace(d.Metadata.Source)));
    }

    [Fact]
    public void Repairs_line_end_hyphenation_in_the_pdf_text_and_keeps_real_hyphens()
    {
        var text = string.Join("\n", Manifest.Blocks.Select(b => b.Text));

        Assert.Contains("onuitsprekelijke", text, StringComparison.Ordinal);
        Assert.DoesNotContain("onuitspre-", text, StringComparison.Ordinal);
        Assert.Contains("de Russische arbeiders", text, StringComparison.Ordinal);
        Assert.Contains("Midden-Oosten", text, StringComparison.Ordinal);
        Assert.Contains("arbeiders-, soldaten- en boerenraden", text, StringComparison.Ordinal);
        Assert.Contains("aangezien er reeds", text, StringComparison.Ordinal);
        Assert.Contains("de fase van de kapitalistische ontbinding", text, StringComparison.Ordinal);
        Assert.DoesNotContain("WERELDREVOLUTIE", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mends_words_that_print_split_mid_line_where_the_text_writes_them_whole_and_keeps_real_compounds()
    {
        var text = string.Join("\n", Library.Documents.SelectMany(d => d.Blocks).Select(b => b.Text));

        Assert.All(
            ["gebeurte-nis", "de-fence", "thou-sand", "with-out", "every-thing", "every-where", "member-ship", "con-ducted"],
            split => Assert.DoesNotContain(split, text, StringComparison.Ordinal));
        Assert.Contains("een cruciale gebeurtenis in de wereldgeschiedenis", text, StringComparison.Ordinal);
        Assert.Contains("supporters of national defence", text, StringComparison.Ordinal);
        Assert.All(
            ["working-class", "re-establishment", "thirty-one", "Metal-İs", "Sovjet-Rusland"],
            compound => Assert.Contains(compound, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Joins_the_hard_wrapped_lines_of_the_pdf_text_into_paragraphs()
    {
        var first = Manifest.BlockContaining("In oktober 1917, na drie jaar");

        Assert.EndsWith("de ineenstorting van de beschaving betekenen.", first.Text, StringComparison.Ordinal);
        Assert.InRange(Manifest.BlocksOf(BlockKind.Paragraph).Count(), 60, 160);
    }

    [Fact]
    public void The_infobox_and_bibliography_of_the_wikipedia_article_are_not_prose()
    {
        var article = Library.Find("workers-opposition")!;

        var infobox = article.BlocksOf(BlockKind.InfoboxLine).ToArray();
        Assert.Equal(12, infobox.Length);
        Assert.Contains(infobox, b => b.Text == "Leader: Alexander Shliapnikov");
        Assert.Equal(9, article.BlocksOf(BlockKind.Bibliography).Count());
        Assert.DoesNotContain(article.Sentences, s => s.Text.Contains("Colorcode", StringComparison.Ordinal) || s.Text.Contains("Haymarket", StringComparison.Ordinal));
    }

    [Fact]
    public void Sections_have_the_titles_a_reader_would_use()
    {
        Assert.Equal(
            ["Workers' Opposition", "Emergence", "First appearances", "Start of the debate", "Positions of the parties",
             "Support for the “Workers' Opposition” Platform", "10th Congress", "End of the movement", "Membership", "Ideology", "Bibliography"],
            Titles("workers-opposition"));
        Assert.Equal(
            ["Auto workers revolt against the Türk Metal bureaucracy", "95th Anniversary of the Russian Revolution", "Year One of the Russian Revolution"],
            Titles("turk-metal-renault-revolt"));
        Assert.Equal(
            ["The backbone of Leninist organization: workplace cells", "The preparation for the Revolution", "Bolsheviks and Bolshevism",
             "The insistence of the Comintern", "Seeping into the working class", "Notes"],
            Titles("workplace-cells"));
        Assert.Contains("Is de klassenoorlog voorbij?", Titles("manifest-oktober-revolutie"));
        Assert.Contains("Lang leve oktober!", Titles("manifest-oktober-revolutie"));
        Assert.All(Library.Documents.SelectMany(d => d.Sections), s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
    }

    [Fact]
    public void Blog_posts_carry_their_own_date_and_the_excerpt_its_own_author()
    {
        var sections = Library.Find("turk-metal-renault-revolt")!.Sections;

        Assert.Equal(("Kemal Ülker", "2012-11-18"), (sections[0].Author, sections[0].Date));
        Assert.Equal("2012-11-07", sections[1].Date);
        Assert.Equal("Victor Serge", sections[2].Author);
    }

    [Fact]
    public void Captions_are_never_prose()
    {
        var turk = Library.Find("turk-metal-renault-revolt")!;

        Assert.Equal(BlockKind.Caption, turk.Blocks.Single(b => b.Text == "Oyak-Renault factory").Kind);
        Assert.Equal(BlockKind.Caption, turk.BlockContaining("Storming of the Winter Palace").Kind);
        Assert.Equal(BlockKind.Caption, Manifest.BlockContaining("Aleppo 2016").Kind);
        Assert.Equal(BlockKind.Caption, Manifest.BlockContaining("Generatie 'geen-geen'").Kind);
    }

    [Fact]
    public void Only_prose_blocks_have_sentences_and_every_prose_block_has_some()
    {
        var blocks = Library.Documents.SelectMany(d => d.Blocks).ToArray();

        Assert.All(blocks.Where(b => !b.IsProse), b => Assert.Empty(b.Sentences));
        Assert.All(blocks.Where(b => b.IsProse), b => Assert.NotEmpty(b.Sentences));
    }

    [Fact]
    public void Sentence_and_block_indices_match_their_positions()
    {
        foreach (var document in Library.Documents)
        {
            Assert.Equal(Enumerable.Range(0, document.Sentences.Count), document.Sentences.Select(s => s.Index));
            Assert.Equal(Enumerable.Range(0, document.Blocks.Count), document.Blocks.Select(b => b.Index));
            Assert.All(document.Sentences, s => Assert.Equal(document.Blocks[s.BlockIndex].SectionIndex, s.SectionIndex));
            Assert.All(document.Sections, s => Assert.All(s.Blocks, b => Assert.Equal(s.Index, b.SectionIndex)));
        }
    }

    [Fact]
    public void A_documents_sentences_read_by_position_are_its_blocks_sentences_made_once()
    {
        foreach (var document in Library.Documents)
        {
            var sentences = document.Sentences;

            Assert.All(Enumerable.Range(0, sentences.Count), i => Assert.Equal(i, sentences[i].Index));
            Assert.All(sentences, s => Assert.Same(s, document.Blocks[s.BlockIndex].Sentences[s.Index - document.Blocks[s.BlockIndex].Sentences[0].Index]));
            Assert.All(document.Sections, s => Assert.Equal(s.Blocks.SelectMany(b => b.Sentences), s.Sentences));
            Assert.Throws<ArgumentOutOfRangeException>(() => sentences[sentences.Count]);
            Assert.Throws<ArgumentOutOfRangeException>(() => sentences[-1]);
        }
    }

    [Fact]
    public void Footnotes_close_the_texts_that_have_them()
    {
        Assert.Equal(16, Library.Find("workplace-cells")!.Sections[^1].Blocks.Count(b => b.Kind == BlockKind.Note));
        Assert.Equal(BlockKind.Note, Library.Find("solidarity-kazakhstan")!.Blocks[^1].Kind);
        Assert.Equal(BlockKind.Byline, Library.Find("solidarity-kazakhstan")!.BlockContaining("M. Ismailov").Kind);
    }

    private static string[] Titles(string slug) => Library.Find(slug)!.Sections.Select(s => s.Title).ToArray();
}
