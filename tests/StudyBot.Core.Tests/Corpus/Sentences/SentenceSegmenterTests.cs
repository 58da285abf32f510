using StudyBot.Core.Corpus;
using StudyBot.Core.Corpus.Sentences;

namespace StudyBot.Core.Tests.Corpus.Sentences;

public class SentenceSegmenterTests
{
    private readonly SentenceSegmenter segmenter = new();

    [Theory]
    [InlineData("The strike began at dawn. Nobody went to work.", "The strike began at dawn.", "Nobody went to work.")]
    [InlineData("Who called the meeting? The union did.", "Who called the meeting?", "The union did.")]
    [InlineData("We won! The bosses gave in.", "We won!", "The bosses gave in.")]
    [InlineData("Strike!! Everyone out.", "Strike!!", "Everyone out.")]
    [InlineData("Really?? Who told you?", "Really??", "Who told you?")]
    [InlineData("Now!? Are you sure?", "Now!?", "Are you sure?")]
    [InlineData("Now?! Are you sure?", "Now?!", "Are you sure?")]
    [InlineData("She posted it on Yahoo! for her friends.", "She posted it on Yahoo! for her friends.")]
    [InlineData("The guns fired – only blank cartridges! – and the guards gave up.", "The guns fired – only blank cartridges! – and the guards gave up.")]
    [InlineData("It was over. – Nobody had expected it.", "It was over.", "– Nobody had expected it.")]
    [InlineData("  The hall was full.   ", "The hall was full.")]
    [InlineData("A title without a final period", "A title without a final period")]
    public void Splits_at_sentence_ends(string text, params string[] expected) => AssertSplit(text, Language.English, expected);

    [Theory]
    [InlineData("The chair was Anna K. Petrova.", "The chair was Anna K. Petrova.")]
    [InlineData("See p. 12 for the figures.", "See p. 12 for the figures.")]
    [InlineData("Did Marek and co. join the march?", "Did Marek and co. join the march?")]
    [InlineData("The mill was sold to Hart & Co. in spring.", "The mill was sold to Hart & Co. in spring.")]
    [InlineData("From the camp we saw Mt. Elbrus.", "From the camp we saw Mt. Elbrus.")]
    [InlineData("St. Isaac's Cathedral is on the old st. by the river.", "St. Isaac's Cathedral is on the old st. by the river.")]
    [InlineData("We read Martin Luther King Jr.'s letter.", "We read Martin Luther King Jr.'s letter.")]
    [InlineData("She toured the U.S.A. in the spring.", "She toured the U.S.A. in the spring.")]
    [InlineData("She wrote to the U.S. Senate in May.", "She wrote to the U.S. Senate in May.")]
    [InlineData("They stayed in the U.S. for a decade.", "They stayed in the U.S. for a decade.")]
    [InlineData("Mr. Kavlak met Dr. Ozbek and Prof. Tan at the hall.", "Mr. Kavlak met Dr. Ozbek and Prof. Tan at the hall.")]
    [InlineData("Some unions, e.g. The Metalworkers, i.e. The Big Three, refused.", "Some unions, e.g. The Metalworkers, i.e. The Big Three, refused.")]
    [InlineData("The hall is at No. 12 Factory Street.", "The hall is at No. 12 Factory Street.")]
    [InlineData("The file is N°. 33.41.2. That is all we know.", "The file is N°. 33.41.2.", "That is all we know.")]
    [InlineData("The delegate E. N. Ignatov spoke for the platform.", "The delegate E. N. Ignatov spoke for the platform.")]
    public void Keeps_abbreviations_and_initials_inside_sentences(string text, params string[] expected) =>
        AssertSplit(text, Language.English, expected);

    [Theory]
    [InlineData("Ask Marek and co. They were there.", "Ask Marek and co.", "They were there.")]
    [InlineData("The mill was sold to Hart & Co. It closed a year later.", "The mill was sold to Hart & Co.", "It closed a year later.")]
    [InlineData("He worked in the U.K. Did you know?", "He worked in the U.K.", "Did you know?")]
    [InlineData("They moved to the U.S. How odd.", "They moved to the U.S.", "How odd.")]
    [InlineData("That was how it went for you and I. Did the others see Tomas I. Berg there?", "That was how it went for you and I.", "Did the others see Tomas I. Berg there?")]
    [InlineData("They brought banners, drums, etc. The police watched.", "They brought banners, drums, etc.", "The police watched.")]
    [InlineData("They said no. The vote was lost.", "They said no.", "The vote was lost.")]
    [InlineData("The march set off at 9 p.m. and reached the square.", "The march set off at 9 p.m. and reached the square.")]
    [InlineData("The march set off at 9 p.m. The next day the square was empty.", "The march set off at 9 p.m.", "The next day the square was empty.")]
    public void Ends_sentences_after_abbreviations_when_a_sentence_opener_follows(string text, params string[] expected) =>
        AssertSplit(text, Language.English, expected);

    [Theory]
    [InlineData("Dues rose by 3.5 percent for 1,500 members.", "Dues rose by 3.5 percent for 1,500 members.")]
    [InlineData("The fee was $12.50 per member.", "The fee was $12.50 per member.")]
    [InlineData("The fee was $12.50. Nobody paid it.", "The fee was $12.50.", "Nobody paid it.")]
    [InlineData("The vote was held in 1917. 81 delegates attended.", "The vote was held in 1917.", "81 delegates attended.")]
    [InlineData("Write to the secretary at anna.k@union.example.org. She answers quickly.", "Write to the secretary at anna.k@union.example.org.", "She answers quickly.")]
    [InlineData("The archive is at https://archive.example.net/docs/strike_1917.html. Read the leaflets there.", "The archive is at https://archive.example.net/docs/strike_1917.html.", "Read the leaflets there.")]
    public void Handles_numbers_and_addresses(string text, params string[] expected) => AssertSplit(text, Language.English, expected);

    [Theory]
    [InlineData("The steward looked up, 'The line stops now.' he said.", "The steward looked up, 'The line stops now.' he said.")]
    [InlineData("The steward looked up, \"The line stops now.\" he said.", "The steward looked up, \"The line stops now.\" he said.")]
    [InlineData("The steward looked up, \"The line stops now.\" Then he left the hall.", "The steward looked up, \"The line stops now.\"", "Then he left the hall.")]
    [InlineData("He asked: “Who is in favour?” Every hand went up.", "He asked: “Who is in favour?”", "Every hand went up.")]
    [InlineData("They asked him: ‘When do we use these?’ He did not answer.", "They asked him: ‘When do we use these?’", "He did not answer.")]
    [InlineData("The organiser (She had been a weaver for years.) spoke first.", "The organiser (She had been a weaver for years.) spoke first.")]
    [InlineData("The organiser spoke first. (She had been a weaver.) Then came the vote.", "The organiser spoke first.", "(She had been a weaver.)", "Then came the vote.")]
    [InlineData("The action took place.* The size of it surprised everyone.", "The action took place.*", "The size of it surprised everyone.")]
    [InlineData("The cell is the basic unit.[7] It must have three members.", "The cell is the basic unit.[7]", "It must have three members.")]
    public void Handles_quotations_parentheses_and_notes(string text, params string[] expected) =>
        AssertSplit(text, Language.English, expected);

    [Theory]
    [InlineData("1.) Collect the dues 2.) Elect a steward", "1.) Collect the dues", "2.) Elect a steward")]
    [InlineData("1.) Collect the dues. 2.) Elect a steward.", "1.) Collect the dues.", "2.) Elect a steward.")]
    [InlineData("1) Collect the dues 2) Elect a steward", "1) Collect the dues", "2) Elect a steward")]
    [InlineData("1) Collect the dues. 2) Elect a steward.", "1) Collect the dues.", "2) Elect a steward.")]
    [InlineData("1. Collect the dues 2. Elect a steward", "1. Collect the dues", "2. Elect a steward")]
    [InlineData("1. Collect the dues. 2. Elect a steward.", "1. Collect the dues.", "2. Elect a steward.")]
    [InlineData("• 4. Collect the dues • 5. Elect a steward", "• 4. Collect the dues", "• 5. Elect a steward")]
    [InlineData("⁃4. Collect the dues ⁃5. Elect a steward", "⁃4. Collect the dues", "⁃5. Elect a steward")]
    [InlineData("a. Collect the dues b. Elect a steward c. Print the leaflet", "a. Collect the dues", "b. Elect a steward", "c. Print the leaflet")]
    [InlineData("13. Every member belongs to a cell. It meets weekly.", "13. Every member belongs to a cell.", "It meets weekly.")]
    [InlineData("A. Smith chaired and B. Jones took notes.", "A. Smith chaired and B. Jones took notes.")]
    public void Splits_inline_lists(string text, params string[] expected) => AssertSplit(text, Language.English, expected);

    [Theory]
    [InlineData("He quoted the line “and the chains will fall away. . . .”", "He quoted the line “and the chains will fall away. . . .”")]
    [InlineData("\"The workers [...] took the factory [...]\" (Reed 41).", "\"The workers [...] took the factory [...]\" (Reed 41).")]
    [InlineData("The omission is marked with spaced periods . . . . Then comes the next sentence.", "The omission is marked with spaced periods . . . .", "Then comes the next sentence.")]
    [InlineData("We never agreed to that.... The vote was rigged.", "We never agreed to that....", "The vote was rigged.")]
    [InlineData("I was only ... well, what I meant...you know . . . the point is . . . I never voted.", "I was only ... well, what I meant...you know . . . the point is . . . I never voted.")]
    [InlineData("The habit faded . . . but never vanished. . . . It returned in the strikes. . . .", "The habit faded . . . but never vanished.", ". . . It returned in the strikes. . . .")]
    [InlineData("They fought to the last drop of their blood ... Who was in favour?", "They fought to the last drop of their blood ...", "Who was in favour?")]
    [InlineData("It was close to history… ‘This revolution,’ he said, ‘is ours.’", "It was close to history…", "‘This revolution,’ he said, ‘is ours.’")]
    [InlineData("It joins the nearest cell…. Note: members without a factory form street cells.", "It joins the nearest cell….", "Note: members without a factory form street cells.")]
    [InlineData("The aim is clear. (…) The final goal is the conquest of power.", "The aim is clear.", "(…) The final goal is the conquest of power.")]
    [InlineData("… Articles must be written in simple language.", "… Articles must be written in simple language.")]
    public void Handles_ellipses(string text, params string[] expected) => AssertSplit(text, Language.English, expected);

    // Sentences from the seed texts, as the importer hands them over.
    [Theory]
    [InlineData(
        "The first organisation emerged on the plant named after S.M. Kirov. Eugeny N. Lebedev, foreman of fitters brigade, was its initiator.",
        "The first organisation emerged on the plant named after S.M. Kirov.",
        "Eugeny N. Lebedev, foreman of fitters brigade, was its initiator.")]
    [InlineData(
        "It was defending the monument to V.I. Lenin, which national democrats tired to demolish. The whole further Movement activity was taking place exclusively under the red banner.",
        "It was defending the monument to V.I. Lenin, which national democrats tired to demolish.",
        "The whole further Movement activity was taking place exclusively under the red banner.")]
    [InlineData(
        "The court sentenced M.Ismailov to one year of correction works. M.Ismailov called him a rascal on that meeting.",
        "The court sentenced M.Ismailov to one year of correction works.",
        "M.Ismailov called him a rascal on that meeting.")]
    [InlineData(
        "The assault was planned for 9 p.m., although Lenin was impatient and wanted it all over before then.",
        "The assault was planned for 9 p.m., although Lenin was impatient and wanted it all over before then.")]
    [InlineData(
        "The members were subject to persecutions: fines, administrative arrests, dismissals form jobs, etc. In June, 1996, “the first RDK congress gathered in Karaganda”.",
        "The members were subject to persecutions: fines, administrative arrests, dismissals form jobs, etc.",
        "In June, 1996, “the first RDK congress gathered in Karaganda”.")]
    [InlineData(
        "The so called “democratic” (i.e. radical anticommunists) showed a big interest. The fact that there was no bloodshed – like e.g. during the insurrection of 1986 – is a sign.",
        "The so called “democratic” (i.e. radical anticommunists) showed a big interest.",
        "The fact that there was no bloodshed – like e.g. during the insurrection of 1986 – is a sign.")]
    [InlineData(
        "On November 13, 1,500 angry auto workers stopped work. It was quite big for a 1.5 million city.",
        "On November 13, 1,500 angry auto workers stopped work.",
        "It was quite big for a 1.5 million city.")]
    [InlineData(
        "The Organizing Bureau of the RCP (B.) was forced to pay attention to the Tula committee of the RCP (B.), which flared up.",
        "The Organizing Bureau of the RCP (B.) was forced to pay attention to the Tula committee of the RCP (B.), which flared up.")]
    [InlineData(
        "Its leader - I. V. Kopylov - became the chairman. Edited and translated by Barbara C. Allen. Leiden, The Netherlands: Brill, 2021.",
        "Its leader - I. V. Kopylov - became the chairman.",
        "Edited and translated by Barbara C. Allen.",
        "Leiden, The Netherlands: Brill, 2021.")]
    public void Splits_the_english_seed_texts(string text, params string[] expected) => AssertSplit(text, Language.English, expected);

    [Theory]
    [InlineData("De staking begon in 1917. 81 procent van de arbeiders legde het werk neer.", "De staking begon in 1917.", "81 procent van de arbeiders legde het werk neer.")]
    [InlineData("81 procent deed mee. ...en toen kwam de politie.", "81 procent deed mee.", "...en toen kwam de politie.")]
    [InlineData("Zie blz. 12 en nr. 4 voor de cijfers.", "Zie blz. 12 en nr. 4 voor de cijfers.")]
    [InlineData("Het comité, d.w.z. de kern van de beweging, vergaderde bijv. op zondag.", "Het comité, d.w.z. de kern van de beweging, vergaderde bijv. op zondag.")]
    [InlineData("Er waren o.a. Metaalbewerkers en dokwerkers bij.", "Er waren o.a. Metaalbewerkers en dokwerkers bij.")]
    [InlineData("Dhr. Jansen en mevr. De Vries spraken de vergadering toe.", "Dhr. Jansen en mevr. De Vries spraken de vergadering toe.")]
    [InlineData("Lees hoofdstuk 3 t/m 5. Daarna volgt de discussie.", "Lees hoofdstuk 3 t/m 5.", "Daarna volgt de discussie.")]
    [InlineData("Het was laat. 's Avonds kwam het comité bijeen.", "Het was laat.", "'s Avonds kwam het comité bijeen.")]
    [InlineData("Het regende. ’t Was koud in de hal.", "Het regende.", "’t Was koud in de hal.")]
    [InlineData("Ze brachten spandoeken, trommels enz. 's Avonds was het plein leeg.", "Ze brachten spandoeken, trommels enz.", "'s Avonds was het plein leeg.")]
    [InlineData("Ze brachten spandoeken, trommels enz. De politie keek toe.", "Ze brachten spandoeken, trommels enz.", "De politie keek toe.")]
    [InlineData("In het woordenboek staat bnw. bij dat woord.", "In het woordenboek staat bnw. bij dat woord.")]
    [InlineData("(Leo Trotzki, Geschiedenis van de Russische Revolutie, deel 3, pp. 1309-11).", "(Leo Trotzki, Geschiedenis van de Russische Revolutie, deel 3, pp. 1309-11).")]
    [InlineData(
        "Kortom, zoals Marx het schreef: “Kapitaal veronderstelt loonarbeid.” Waar kapitaal is, is er ook een arbeidersklasse.",
        "Kortom, zoals Marx het schreef: “Kapitaal veronderstelt loonarbeid.”",
        "Waar kapitaal is, is er ook een arbeidersklasse.")]
    [InlineData(
        "Het volk wilde weten… De dorst naar ontwikkeling werd groot, in barakken… vergaderingen in de loopgraven.",
        "Het volk wilde weten…",
        "De dorst naar ontwikkeling werd groot, in barakken… vergaderingen in de loopgraven.")]
    public void Splits_dutch_text(string text, params string[] expected) => AssertSplit(text, Language.Dutch, expected);

    [Fact]
    public void Treats_an_unknown_language_like_english()
    {
        const string text = "The march set off at 9 p.m. Then the square emptied.";

        AssertSplit(text, new Language("fr"), "The march set off at 9 p.m.", "Then the square emptied.");

        // Dutch rules do not know "Then" as a sentence opener; the difference shows which rules ran.
        AssertSplit(text, Language.Dutch, text);
    }

    [Fact]
    public void Treats_a_single_newline_as_a_space()
    {
        AssertSplit(
            "The strike\nbegan at dawn. Nobody\r\nwent to work.",
            Language.English,
            "The strike\nbegan at dawn.",
            "Nobody\r\nwent to work.");
    }

    [Theory]
    [InlineData("Workplace cells\n\nThe cell is the basic unit.")]
    [InlineData("Workplace cells\n \t\nThe cell is the basic unit.")]
    [InlineData("Workplace cells\r\n\r\nThe cell is the basic unit.")]
    [InlineData("Workplace cells\n\n\n\nThe cell is the basic unit.\n\n")]
    public void Ends_a_sentence_at_a_blank_line(string text) =>
        AssertSplit(text, Language.English, "Workplace cells", "The cell is the basic unit.");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n \n")]
    public void Returns_nothing_for_blank_text(string text) => Assert.Empty(segmenter.Split(text, Language.English));

    [Fact]
    public void Keeps_text_without_words_as_one_sentence() => AssertSplit(". . . !", Language.English, ". . . !");

    [Fact]
    public void Returns_trimmed_pieces_of_the_input_in_order()
    {
        const string text = "  Gesturing with their bayonets, they asked him: ‘When do we use these?’  It was 6 October. "
            + "The Democratic Conference, summoned by the S-Rs and Mensheviks, had opened in Moscow. . . . Strikes had "
            + "forced it out of the city;\nthe staff had refused to wait upon its members! \"Agitators?\" We are all "
            + "agitators, etc. The masses had innumerable agitators.  ";

        var sentences = segmenter.Split(text, Language.English);

        Assert.Equal(7, sentences.Count);
        var position = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(sentence.Trim(), sentence);
            position = text.IndexOf(sentence, position, StringComparison.Ordinal);
            Assert.True(position >= 0, $"not a piece of the input: {sentence}");
            position += sentence.Length;
        }

        Assert.Equal(
            string.Concat(text.Where(c => !char.IsWhiteSpace(c))),
            string.Concat(string.Concat(sentences).Where(c => !char.IsWhiteSpace(c))));
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => segmenter.Split(null!, Language.English));
        Assert.Throws<ArgumentNullException>(() => segmenter.Split("Text.", null!));
    }

    private void AssertSplit(string text, Language language, params string[] expected) =>
        Assert.Equal(expected, segmenter.Split(text, language));
}
