using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Quotes;
using StudyBot.Core.Randomness;
using StudyBot.Core.Tests.Corpus;
using StudyBot.Core.Text;

namespace StudyBot.Core.Tests.Quizzes;

public sealed class SectionQuestionsTests
{
    private static readonly Lazy<CorpusLibrary> Seeds = QuizFixture.Seeds;

    public static TheoryData<string> SeedsWithSections => new("manifest-oktober-revolutie", "workplace-cells", "workers-opposition");

    [Theory]
    [MemberData(nameof(SeedsWithSections))]
    public void TryCreate_OnASeedText_OffersFourHeadingsOneOfThemThePassagesSection(string slug)
    {
        var document = Seeds.Value.Find(slug)!;
        var sections = new SectionQuestions(new QuoteCatalog());
        var random = RandomSource.WithSeed(2);

        var questions = Enumerable.Range(0, 30).Select(_ => sections.TryCreate(document, random)).OfType<QuizQuestion>().ToArray();

        Assert.Equal(30, questions.Length);
        foreach (var question in questions)
        {
            Assert.Equal(QuestionKind.Source, question.Kind);
            Assert.Equal(4, question.Choices.Select(TextFolding.Fold).Distinct().Count());
            Assert.All(question.Choices, c => Assert.Contains(document.Sections, s => s.Title == c));
            var home = document.Sections.Single(s => s.Blocks.Any(b => b.Text.Contains(question.SourceText, StringComparison.Ordinal)));
            Assert.Equal(home.Title, question.RightChoice);
            Assert.Equal(home.Title, question.Source.Section);
            Assert.StartsWith(document.Language == Language.Dutch ? "Uit welk deel van “" : "Which part of “", question.Prompt, StringComparison.Ordinal);
            Assert.All(question.Choices, c => Assert.True(char.IsUpper(c[0]) || char.IsDigit(c[0]), $"'{c}' is not shown as a heading reads"));
            Assert.DoesNotContain(question.Choices, c => TextFolding.Fold(c) == TextFolding.Fold(document.Title));
            Assert.DoesNotContain(question.Choices, c => c is "Notes" or "Bibliography");
        }
    }

    // Every passage of "Bolsheviks and Bolshevism" writes "Bolshevik"; most of "The preparation for the Revolution" write
    // "revolution" or "Comintern", so their drafts were retried with another section until "Seeping into the working
    // class", whose passages seldom name a heading, answered nine questions in ten.
    [Fact]
    public void TryCreate_OnWorkplaceCells_AnswersEachSectionWithAFairPassageAboutEquallyOften()
    {
        var document = Seeds.Value.Find("workplace-cells")!;
        var sections = new SectionQuestions(new QuoteCatalog());
        var random = RandomSource.WithSeed(11);

        var questions = Enumerable.Range(0, 600).Select(_ => sections.TryCreate(document, random)).OfType<QuizQuestion>().ToArray();
        var answers = questions.GroupBy(q => q.RightChoice).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(600, questions.Length);
        Assert.Equal(["Seeping into the working class", "The insistence of the Comintern", "The preparation for the Revolution"], answers.Keys.Order(StringComparer.Ordinal));
        Assert.All(answers, a => Assert.InRange(a.Value, questions.Length / 4, questions.Length * 5 / 12));
        Assert.Contains(questions, q => q.Choices.Contains("Bolsheviks and Bolshevism"));
    }

    [Fact]
    public void TryCreate_ASectionWithOneFairPassageAmongPassagesThatNameItsHeading_IsAnsweredAsOftenAsTheOthers()
    {
        var document = WithSections(
            ("Votes of the assembly", "Delegates rejected the agreement by a large majority after a long night of debate."),
            ("Wages and hours", "Management froze pay for two more years and cut the bonus paid at the end of each year."),
            ("Recall of officials", "Members may call back their delegates at any time by a show of hands in their branch."),
            ("Strikes in Bursa", "Ten thousand workers left the plants of the city on a cold Monday morning in November."))
            .Paragraph("The strike spread to the parts suppliers of the region within two days.")
            .Paragraph("Every strike committee met in the canteen of the plant after the morning shift.")
            .Paragraph("Police watched the strikers from the gates but did not move against them.")
            .Build();
        var sections = new SectionQuestions(new QuoteCatalog());
        var random = RandomSource.WithSeed(9);

        var answers = Enumerable.Range(0, 400).Select(_ => sections.TryCreate(document, random)!.RightChoice).ToArray();

        Assert.All(
            ["Strikes in Bursa", "Votes of the assembly", "Wages and hours", "Recall of officials"],
            heading => Assert.InRange(answers.Count(a => a == heading), 70, 130));
    }

    [Fact]
    public void IsAvailable_WhenEveryPassageNamesItsOwnHeading_IsFalse()
    {
        var document = WithSections(
            ("Strikes in Bursa", "The strike left the plants of the city empty on a cold Monday morning in November."),
            ("Votes of the assembly", "Delegates voted against the agreement by a large majority after a long night of debate."),
            ("Wages and hours", "Management froze wages for two more years and cut the bonus paid at the end of each year."),
            ("Recall of officials", "Members may recall any official at any time by a simple vote of their branch."))
            .Build();
        var sections = new SectionQuestions(new QuoteCatalog());

        Assert.Equal(4, sections.UsableCount(document));
        Assert.False(sections.IsAvailable(document));
        Assert.Null(sections.TryCreate(document, RandomSource.WithSeed(1)));
    }

    [Fact]
    public void TryCreate_OnTheDutchText_ShowsLowercaseHeadingsCapitalised()
    {
        var document = Seeds.Value.Find("manifest-oktober-revolutie")!;
        var sections = new SectionQuestions(new QuoteCatalog());
        var random = RandomSource.WithSeed(4);

        var offered = Enumerable.Range(0, 40).Select(_ => sections.TryCreate(document, random)!).SelectMany(q => q.Choices).ToHashSet();

        Assert.Contains("Is de klassenoorlog voorbij?", offered);
        Assert.DoesNotContain("is de klassenoorlog voorbij?", offered);
    }

    [Theory]
    [InlineData("solidarity-kazakhstan", 0)]
    [InlineData("turk-metal-renault-revolt", 2)]
    public void TryCreate_OnASeedTextWithFewerThanFourHeadedSections_GivesNothing(string slug, int usable)
    {
        var document = Seeds.Value.Find(slug)!;
        var sections = new SectionQuestions(new QuoteCatalog());

        Assert.Equal(usable, sections.UsableCount(document));
        Assert.False(sections.IsAvailable(document));
        Assert.Null(sections.TryCreate(document, RandomSource.WithSeed(1)));
    }

    [Fact]
    public void TryCreate_NeverOffersTheTitleSectionNotesAnUnheadedSectionOrAHeadingTwoSectionsShare()
    {
        var document = WithSections(
            ("Strikes in Bursa", "Ten thousand workers left the plants of the city on a cold Monday morning in November."),
            ("Votes of the assembly", "Delegates rejected the agreement by a large majority after a long night of debate."),
            ("Wages and hours", "Management froze pay for two more years and cut the bonus paid at the end of each year."),
            ("Recall of officials", "Members may call back any official at any time by a simple vote of their branch."))
            .Section("Notes").Block(BlockKind.Heading, "Notes").Paragraph("Figures come from the daily press of that week and from the union's own bulletins.")
            .Section("Untitled part").Paragraph("Nobody at the plant expected the police to stay away from the gates that night.")
            .Section("Background").Block(BlockKind.Heading, "Background").Paragraph("The factory opened in the seventies near the coast, with French money behind it.")
            .Section("Background").Block(BlockKind.Heading, "Background").Paragraph("Most workers at the factory came from villages nearby and had worked the land before.")
            .Build();
        var sections = new SectionQuestions(new QuoteCatalog());
        var random = RandomSource.WithSeed(3);

        var questions = Enumerable.Range(0, 40).Select(_ => sections.TryCreate(document, random)).ToArray();

        Assert.Equal(4, sections.UsableCount(document));
        Assert.All(questions, q =>
        {
            Assert.NotNull(q);
            Assert.Equal(["Recall of officials", "Strikes in Bursa", "Votes of the assembly", "Wages and hours"], q.Choices.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void TryCreate_WithThreeUsableSections_GivesNothing()
    {
        var document = WithSections(
            ("Strikes in Bursa", "Ten thousand workers left the plants of the city on a cold Monday morning in November."),
            ("Votes of the assembly", "Delegates rejected the agreement by a large majority after a long night of debate."),
            ("Wages and hours", "Management froze pay for two more years and cut the bonus paid at the end of each year."))
            .Section("Notes").Block(BlockKind.Heading, "Notes").Paragraph("Figures come from the daily press of that week and from the union's own bulletins.")
            .Build();
        var sections = new SectionQuestions(new QuoteCatalog());

        Assert.False(sections.IsAvailable(document));
        Assert.Null(sections.TryCreate(document, RandomSource.WithSeed(1)));
    }

    [Fact]
    public void TryCreate_PassagesThatWriteAWordOfTheirHeading_AreNotAskedAboutIt()
    {
        var document = WithSections(
            ("Strikes in Bursa", "Ten thousand workers left the plants of the city on a cold Monday morning in November. Their strike lasted a full week, and the managers gave in on the last day."),
            ("Votes of the assembly", "Delegates rejected the agreement by a large majority after a long night of debate."),
            ("Wages and hours", "Management froze pay for two more years and cut the bonus paid at the end of each year."),
            ("Recall of officials", "Members may call back any official at any time by a simple vote of their branch."))
            .Build();
        var sections = new SectionQuestions(new QuoteCatalog());
        var random = RandomSource.WithSeed(5);

        var strikes = Enumerable.Range(0, 60).Select(_ => sections.TryCreate(document, random)!).Where(q => q.RightChoice == "Strikes in Bursa").ToArray();

        Assert.NotEmpty(strikes);
        Assert.All(strikes, q => Assert.Equal("Ten thousand workers left the plants of the city on a cold Monday morning in November.", q.SourceText));
    }

    [Fact]
    public void TryCreate_AHeadingWhoseWordThePassageWrites_IsNotOfferedAsAWrongChoice()
    {
        var document = WithSections(
            ("Strikes in Bursa", "Ten thousand workers left the plants of the city on a cold Monday morning in November."),
            ("Votes of the assembly", "Delegates rejected the agreement by a large majority after a long night of debate."),
            ("Wages and hours", "Management froze pay for two more years and cut the bonus paid at the end of each year."),
            ("Recall of officials", "Members may call back any official at any time by a simple vote of their branch."),
            ("Lessons for unions", "Every worker who left the plant that morning remembers the strikes of the year before."))
            .Build();
        var sections = new SectionQuestions(new QuoteCatalog());
        var random = RandomSource.WithSeed(7);

        var lessons = Enumerable.Range(0, 60).Select(_ => sections.TryCreate(document, random)!).Where(q => q.RightChoice == "Lessons for unions").ToArray();

        Assert.NotEmpty(lessons);
        Assert.All(lessons, q => Assert.DoesNotContain("Strikes in Bursa", q.Choices));
    }

    [Theory]
    [InlineData("Congress", "Delegates arrived from every province in the first week of March, some on foot.",
        "The tenth congress", "Delegates voted against the faction by a wide margin on the final day of the meeting.", 6)]
    [InlineData("Long live October", "The workers of the capital took power in the second week of the month without much bloodshed.",
        "In defence of October", "Historians still argue whether the party could have shared power with the other socialists.", 4)]
    public void TryCreate_HeadingsThatHoldOrShareAWord_AreNotOfferedTogether(string first, string firstText, string second, string secondText, int seed)
    {
        var document = WithSections(
            (first, firstText),
            (second, secondText),
            ("Wages and hours", "Management froze pay for two more years and cut the bonus paid at the end of each year."),
            ("Recall of officials", "Members may call back any official at any time by a simple vote of their branch."),
            ("Strikes in Bursa", "Ten thousand workers left the plants of the city on a cold Monday morning in November."))
            .Build();
        var sections = new SectionQuestions(new QuoteCatalog());
        var random = RandomSource.WithSeed(seed);

        var questions = Enumerable.Range(0, 40).Select(_ => sections.TryCreate(document, random)!).ToArray();

        // "Congress" beside "The tenth congress" hints; a passage on the revolution would leave the two October headings to choose from.
        Assert.All(questions, q => Assert.False(q.Choices.Contains(first) && q.Choices.Contains(second), string.Join(" | ", q.Choices)));
    }

    [Fact]
    public void TryCreate_APassageWritingACompoundOfItsHeadingsWord_IsNotAskedAboutIt()
    {
        var document = Manifest(
            ("Lang leve oktober!", "Het aandenken aan de Oktoberrevolutie kan nooit uitgewist worden, net zo min als er een kapitalisme kan bestaan zonder klassenstrijd. " +
                "De arbeiders van de hoofdstad namen de macht in handen zonder veel bloedvergieten in de straten."),
            ("Het kapitalisme is uitgeleefd", "De crisis van het systeem duurt nu al meer dan een eeuw en heeft twee wereldoorlogen voortgebracht."),
            ("De noodzaak van een klassepartij", "Een minderheid van de arbeiders verenigt zich altijd rond een programma dat verder kijkt dan de strijd van vandaag."),
            ("Maakt een revolutie alles nog erger?", "Veel mensen vrezen dat elke poging om de wereld te veranderen in bloedvergieten en dictatuur eindigt."));
        var sections = new SectionQuestions(new QuoteCatalog());
        var random = RandomSource.WithSeed(3);

        var october = Enumerable.Range(0, 60).Select(_ => sections.TryCreate(document, random)!).Where(q => q.RightChoice == "Lang leve oktober!").ToArray();

        Assert.NotEmpty(october);
        Assert.All(october, q => Assert.DoesNotContain("Oktoberrevolutie", q.SourceText, StringComparison.Ordinal));
    }

    [Fact]
    public void TryCreate_APassageWritingALongerFormOfAWrongHeadingsWord_IsNotOfferedThatHeading()
    {
        var document = Manifest(
            ("Maakt een revolutie alles nog erger?", "Kapitalistische concurrentie en het verlangen om onbeperkte rijkdom te accumuleren werden beschouwd als de menselijke aard."),
            ("Het kapitalisme is uitgeleefd", "De crisis van het systeem duurt nu al meer dan een eeuw en heeft twee wereldoorlogen voortgebracht."),
            ("De noodzaak van een klassepartij", "Een minderheid van de arbeiders verenigt zich altijd rond een programma dat verder kijkt dan de strijd van vandaag."),
            ("Lang leve oktober!", "De arbeiders van de hoofdstad namen de macht in handen zonder veel bloedvergieten in de straten."),
            ("Wat de arbeiders willen", "Wie in de fabrieken werkt wil vooral een loon waarvan een gezin kan leven en tijd voor zichzelf."));
        var sections = new SectionQuestions(new QuoteCatalog());
        var random = RandomSource.WithSeed(2);

        var nature = Enumerable.Range(0, 60).Select(_ => sections.TryCreate(document, random)).OfType<QuizQuestion>().Where(q => q.RightChoice == "Maakt een revolutie alles nog erger?").ToArray();

        // "Kapitalistische" would point to "Het kapitalisme is uitgeleefd", away from the part it is from.
        Assert.NotEmpty(nature);
        Assert.All(nature, q => Assert.DoesNotContain("Het kapitalisme is uitgeleefd", q.Choices));
    }

    [Fact]
    public void TryCreate_APassageWritingAWordThatSharesALongStemWithAWrongHeadingsWord_IsNotOfferedThatHeading()
    {
        var document = WithSections(
            ("The insistence of the Comintern", "Within five years the economic crisis shook the world, and the importance of the preparatory period was revealed."),
            ("The preparation for the Revolution", "The first stage of the postwar movement is coming to an end to a large extent."),
            ("Bolsheviks and Bolshevism", "The bourgeoisie of every country feared the Russian example more than any army on the continent."),
            ("Seeping into the working class", "Help in forming factory cells should be given by the street cells in the neighbourhood."),
            ("Lessons for unions", "Every worker who left the plant that morning remembers the strikes of the year before."))
            .Build();
        var sections = new SectionQuestions(new QuoteCatalog());
        var random = RandomSource.WithSeed(2);

        var insistence = Enumerable.Range(0, 60).Select(_ => sections.TryCreate(document, random)!).Where(q => q.RightChoice == "The insistence of the Comintern").ToArray();

        // "preparatory" would point to "The preparation for the Revolution", away from the part it is from.
        Assert.NotEmpty(insistence);
        Assert.All(insistence, q => Assert.DoesNotContain("The preparation for the Revolution", q.Choices));
    }

    [Fact]
    public void Create_SourceQuizOnOneText_NeverShowsASentenceTwice()
    {
        var document = Seeds.Value.Find("workers-opposition")!;

        for (var seed = 1; seed <= 5; seed++)
        {
            var quiz = new QuizFixture(Seeds.Value, seed).Generator.Create(document, 20, QuizMix.Source);

            var shown = quiz.SelectMany(q => document.Sentences.Where(s => q.SourceText.Contains(FootnoteMarkers.Remove(s.Text), StringComparison.Ordinal)).Select(s => s.Index)).ToArray();
            Assert.Equal(shown.Length, shown.Distinct().Count());
        }
    }

    private static DocumentBuilder WithSections(params (string Heading, string Text)[] sections) =>
        Headed(
            new DocumentBuilder("plant", "The revolt at the plant").Section("The revolt at the plant").Block(BlockKind.Heading, "The revolt at the plant")
                .Paragraph("Workers at the plant rose against their union in the autumn of that year."),
            sections);

    /// <summary>The Dutch text's headings with a passage each, as the manifest has them.</summary>
    private static Document Manifest(params (string Heading, string Text)[] sections) =>
        Headed(new DocumentBuilder("manifest", "Manifest", Language.Dutch), sections).Build();

    private static DocumentBuilder Headed(DocumentBuilder builder, (string Heading, string Text)[] sections)
    {
        foreach (var (heading, text) in sections)
        {
            builder.Section(heading).Block(BlockKind.Heading, heading).Paragraph(text);
        }

        return builder;
    }
}
