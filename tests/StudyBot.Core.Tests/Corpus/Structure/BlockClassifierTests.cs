using StudyBot.Core.Corpus;

// "Structure" is a reserved word in Visual Basic (CA1716), so the tests of Corpus/Structure live in "Structures".
namespace StudyBot.Core.Tests.Corpus.Structures;

/// <summary>Titles, bylines, datelines, headings, captions, infoboxes, lists, notes and bibliographies.</summary>
public sealed class BlockClassifierTests
{
    [Fact]
    public void Recognises_title_and_byline_and_takes_them_as_metadata()
    {
        var document = CorpusTestSupport.Import("""
            The backbone of Leninist organization: workplace cells

            Alpaslan Savaş

            The struggle between capital and labor has been going on for more than two centuries.
            """);

        Assert.Equal([BlockKind.Heading, BlockKind.Byline, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
        Assert.Equal("The backbone of Leninist organization: workplace cells", document.Title);
        Assert.Equal("Alpaslan Savaş", document.Metadata.Author);
        Assert.Equal("The backbone of Leninist organization: workplace cells", Assert.Single(document.Sections).Title);
    }

    [Fact]
    public void Takes_the_name_after_by_as_the_author()
    {
        var document = CorpusTestSupport.Import("""
            Auto workers revolt against the union

            By Kemal Ülker
            On November 13, 1,500 angry auto workers stopped work and staged a sit-in at the factory.
            """);

        Assert.Equal(BlockKind.Byline, document.BlockContaining("Kemal").Kind);
        Assert.Equal("Kemal Ülker", document.Metadata.Author);
    }

    [Fact]
    public void Starts_a_section_at_each_dated_blog_post_titled_after_the_post()
    {
        var document = CorpusTestSupport.Import("""
            Sunday, November 18, 2012

            Auto workers revolt against the union bureaucracy

            By Kemal Ülker
            On November 13, 1,500 angry auto workers stopped work and staged a sit-in at the factory.

            Wednesday, November 7, 2012

            95th Anniversary of the Russian Revolution

            It is perhaps ironic that one day after the election we are celebrating the anniversary.
            """);

        Assert.Equal(["Auto workers revolt against the union bureaucracy", "95th Anniversary of the Russian Revolution"], document.Sections.Select(s => s.Title));
        Assert.Equal([("Kemal Ülker", "2012-11-18"), (null, "2012-11-07")], document.Sections.Select(s => (s.Author, s.Date)));
        Assert.Equal(2, document.BlocksOf(BlockKind.Dateline).Count());
        Assert.Equal("2012-11-18", document.Metadata.Date);
    }

    [Fact]
    public void A_single_date_line_is_the_documents_date_and_starts_no_section()
    {
        var document = CorpusTestSupport.Import("""
            Notes on the strike

            12 March 1995

            The national strike committee carried out the first national protest action.

            The action spread to every industrial town within a week.
            """);

        Assert.Equal("1995-03-12", document.Metadata.Date);
        Assert.Single(document.Sections);
    }

    [Fact]
    public void Stray_short_lines_between_paragraph_lines_are_captions_without_sentences()
    {
        var document = CorpusTestSupport.Import("""
            Report

            On November 13, 1,500 angry auto workers stopped work and staged a sit-in at the Renault factory.
            Oyak-Renault factory
            According to reports from the scene a total of 5,000 workers rejected the proposal of the union.
            Workers sit-in at Oyak-Renault
            Turkish Renault is jointly owned by Oyak and Renault, with Oyak owning the larger share.

            Peter and Paul Fortress

            The fortress was a source of considerable disquiet to the Military Revolutionary Committee.

            Storming of the Winter Palace as depicted by Eisenstein
            """);

        var captions = document.BlocksOf(BlockKind.Caption).ToArray();
        Assert.Equal(["Oyak-Renault factory", "Workers sit-in at Oyak-Renault", "Peter and Paul Fortress", "Storming of the Winter Palace as depicted by Eisenstein"], captions.Select(b => b.Text));
        Assert.All(captions, c => Assert.Empty(c.Sentences));
        Assert.DoesNotContain(document.Sentences, s => s.Text.Contains("Oyak-Renault factory", StringComparison.Ordinal));
        Assert.Single(document.Sections);
    }

    [Fact]
    public void Short_title_like_lines_followed_by_prose_are_headings_in_a_document_without_captions()
    {
        var document = CorpusTestSupport.Import("""
            The backbone of organization

            The struggle between capital and labor has been going on for more than two centuries.

            The preparation for the Revolution

            The argument that organization at workplaces is limited to economic struggle has been refuted.

            But organization for what?

            The Bolsheviks always showed the connection between the factories and the autocracy.
            """);

        Assert.Equal(["The backbone of organization", "The preparation for the Revolution"], document.Sections.Select(s => s.Title));
        Assert.Equal(BlockKind.Paragraph, document.BlockContaining("But organization for what?").Kind);
    }

    [Fact]
    public void Wiki_headings_make_sections_and_the_infobox_is_not_prose()
    {
        var document = CorpusTestSupport.Import("""
            = Workers' Opposition =

            Workers' Opposition
            - Leader: Alexander Shliapnikov
            - Ideology: Left communism
            - Position: Far-left

            The Workers' Opposition was a faction of the Russian Communist Party that emerged in 1920.

            ==History==
            === Emergence ===
            The emergence of the group was linked with a statement by Alexander Shlyapnikov.

            ==Bibliography==
            - Allen, Barbara C. "Alexander Shlyapnikov, 1885–1937: Life of an Old Bolshevik" Paperback: Chicago: Haymarket Books, 2016.
            - Daniels, Robert. The Conscience of the Revolution. Cambridge, Mass., 1960.
            """);

        Assert.Equal("Workers' Opposition", document.Title);
        Assert.Equal(["Workers' Opposition", "Emergence", "Bibliography"], document.Sections.Select(s => s.Title));
        Assert.Equal(["History", "Emergence"], document.Sections[1].Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text));
        Assert.Equal(4, document.BlocksOf(BlockKind.InfoboxLine).Count());
        Assert.Equal(2, document.BlocksOf(BlockKind.Bibliography).Count());
        Assert.All(document.Blocks.Where(b => b.Kind is BlockKind.InfoboxLine or BlockKind.Bibliography), b => Assert.Empty(b.Sentences));
        Assert.Equal("Leader: Alexander Shliapnikov", document.BlocksOf(BlockKind.InfoboxLine).ElementAt(1).Text);
    }

    [Fact]
    public void Markdown_headings_and_lists()
    {
        var document = CorpusTestSupport.Import(
            """
            # Reading notes

            ## First meeting

            We read the **first** chapter of [the book](https://example.org/book).

            - Everyone comes prepared.
            - Someone takes notes.

            ## Second meeting

            We discussed the second chapter.
            """,
            "notes.md");

        Assert.Equal("Reading notes", document.Title);
        Assert.Equal(["First meeting", "Second meeting"], document.Sections.Select(s => s.Title));
        Assert.Equal("We read the first chapter of the book.", document.BlockContaining("chapter of").Text);
        Assert.Equal(["Everyone comes prepared.", "Someone takes notes."], document.BlocksOf(BlockKind.ListItem).Select(b => b.Text));
    }

    [Fact]
    public void Markdown_syntax_alone_leaves_no_empty_block_or_section()
    {
        var document = CorpusTestSupport.Import("# Notes\n\n**\n\n## ``\n\nThe text itself.\n", "notes.md");

        Assert.All(document.Blocks, b => Assert.False(string.IsNullOrWhiteSpace(b.Text)));
        Assert.All(document.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
        Assert.Equal("The text itself.", document.Blocks[^1].Text);
    }

    [Fact]
    public void Lowercase_styled_and_all_caps_lines_before_prose_are_headings()
    {
        var document = CorpusTestSupport.Import("""
            Manifest over de revolutie

            De revolutie van 1917 was een keerpunt in de geschiedenis van de arbeidersklasse.

            is de klassenoorlog voorbij?

            De eerste aanvalslinie zegt dat dit een vervlogen geschiedenis is.

            ONZE ACTIVITEIT

            De theoretische en politieke verheldering van de doelen van de strijd.
            """);

        Assert.Equal(["Manifest over de revolutie", "Is de klassenoorlog voorbij?", "Onze activiteit"], document.Sections.Select(s => s.Title));
    }

    [Fact]
    public void Footnotes_referenced_in_the_text_are_notes_in_a_section_of_their_own()
    {
        var document = CorpusTestSupport.Import("""
            Workplace cells

            The Comintern advised the parties to build cells.[1] The demonstration took place.* It was large.

            13. The primary organization of the party is the factory cell.

            14. Party members shall be attached to the nearest factory cell.

            [1] Foster, William Z., History of the Three Internationals, p. 6.

            * The meeting gathered around 30,000 people.
            """);

        Assert.Equal(2, document.BlocksOf(BlockKind.ListItem).Count());
        Assert.Equal(2, document.BlocksOf(BlockKind.Note).Count());
        Assert.Equal("Notes", document.Sections[^1].Title);
        Assert.All(document.BlocksOf(BlockKind.Note), b => Assert.Empty(b.Sentences));
    }

    [Fact]
    public void Numbered_items_keep_their_number_out_of_the_first_sentence()
    {
        var document = CorpusTestSupport.Import("""
            Theses

            The Comintern summed up the weaknesses of the cells.

            1. There are very few factory cells.

            2. The majority of existing factory cells are concentrated in small plants.
            """);

        var item = document.BlockContaining("1. There are");
        Assert.Equal(BlockKind.ListItem, item.Kind);
        Assert.StartsWith("There are very few", item.Sentences[0].Text, StringComparison.Ordinal);
    }
}
