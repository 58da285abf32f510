using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Quizzes;

public sealed class FactQuestionsTests
{
    private static readonly Document Opposition = new DocumentBuilder("workers-opposition", "Workers' Opposition")
        .Block(BlockKind.InfoboxLine, "Leader: Alexander Shliapnikov")
        .Block(BlockKind.InfoboxLine, "Ideology: Left communism")
        .Paragraph("The Workers' Opposition was led by Alexander Shlyapnikov, who was also chairman of the Russian Metalworkers' Union. " +
            "The Workers' Opposition was dissolved in 1921 by the decision of the party congress. Many members were led by hope rather than by plans.")
        .Build();

    private static readonly CorpusLibrary Library = new([
        Opposition,
        new DocumentBuilder("kazakhstan", "Workers Movement of Kazakhstan")
            .Paragraph("In 1995 the strike committee was supported by chairman Siyazbek Mukashev of the federation. The police arrested deputy Peter Krepak in 1996 after a meeting.")
            .Build(),
        new DocumentBuilder("turk-metal", "Auto workers revolt")
            .Paragraph("In 1998 the workers of Bursa asked chairman Mustafa Ozbek to resign from the union. The newspaper quoted journalist Kemal Ulker on the revolt of 2012.")
            .Build(),
        new DocumentBuilder("manifest", "Manifest", Language.Dutch)
            .Paragraph("De Arbeidersbeweging werd opgericht in 1990 door arbeiders van de fabriek. In 1917 stonden de arbeiders op tegen Karl Liebknecht en Rosa Luxemburg.")
            .Build(),
    ]);

    private static readonly QuizFixture Fixture = new(Library);

    [Fact]
    public void Create_AFactOnlyAnInfoboxLineStates_IsNotAsked()
    {
        var document = new DocumentBuilder("opposition", "Opposition")
            .Block(BlockKind.InfoboxLine, "Leader: Alexander Shliapnikov")
            .Paragraph("The Workers' Opposition was dissolved in 1921 by the decision of the party congress.")
            .Build();
        var fixture = new QuizFixture(new CorpusLibrary([document, .. Library.Documents.Skip(1)]));

        var questions = fixture.Facts.Create(document, fixture.Random).ToArray();

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("Who led", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.SourceText.Contains("Leader:", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_AnInfoboxLineContradictingTheText_KeepsTheFactOut()
    {
        var document = new DocumentBuilder("opposition", "Workers' Opposition")
            .Block(BlockKind.InfoboxLine, "Leader: Siyazbek Mukashev")
            .Paragraph("The Workers' Opposition was led by Alexander Shlyapnikov, who was also chairman of the Russian Metalworkers' Union.")
            .Build();
        var fixture = new QuizFixture(new CorpusLibrary([document, .. Library.Documents.Skip(1)]));

        Assert.DoesNotContain(fixture.Facts.Create(document, fixture.Random), q => q.Prompt.StartsWith("Who led", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_ASentenceSayingWhoLedWhat_AsksWhoLedIt()
    {
        var document = new DocumentBuilder("opposition", "Opposition")
            .Paragraph("The Workers' Opposition was led by Alexander Shlyapnikov, who was also chairman of the Russian Metalworkers' Union.")
            .Build();
        var fixture = new QuizFixture(new CorpusLibrary([document, .. Library.Documents.Skip(1)]));

        var question = fixture.Facts.Create(document, fixture.Random).Single(q => q.Prompt == "Who led the Workers' Opposition?");

        Assert.Equal("Alexander Shlyapnikov", question.RightChoice);
        Assert.Equal(4, question.Choices.Select(TextFolding.Fold).Distinct().Count());
    }

    [Fact]
    public void Create_AFactStatedInTheInfoboxAndTheText_IsAskedOnceQuotingTheSentence()
    {
        var question = Assert.Single(Questions(Opposition), q => q.Prompt.StartsWith("Who led", StringComparison.Ordinal));

        Assert.Equal("Alexander Shlyapnikov", question.RightChoice);
        Assert.StartsWith("The Workers' Opposition was led by", question.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AFactStatedWithDifferentValues_IsNotAsked()
    {
        var document = new DocumentBuilder("union", "Union")
            .Paragraph("The Metal Union was founded in 1947 by dockers of the port. Its history is told in many books and pamphlets of the port. " +
                "The Metal Union was founded in 1951 according to the later account of its secretary.")
            .Build();
        var fixture = new QuizFixture(new CorpusLibrary([document, .. Library.Documents.Skip(1)]));

        Assert.DoesNotContain(fixture.Facts.Create(document, fixture.Random), q => q.Prompt.StartsWith("When was", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_AnAuthorWhoIsAGroup_IsNotAskedAbout()
    {
        var document = new DocumentBuilder("manifest", "Manifest", Language.Dutch).By("Internationale Kommunistische Stroming")
            .Paragraph("De Arbeidersbeweging werd opgericht in 1990 door arbeiders van de fabriek.")
            .Build();
        var fixture = new QuizFixture(new CorpusLibrary([.. Library.Documents.Take(3), document]));

        Assert.DoesNotContain(fixture.Facts.Create(document, fixture.Random), q => q.Prompt.StartsWith("Wie schreef", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_ASectionByAnotherWriter_AsksWhoWroteItAmongOtherWriters()
    {
        var document = Blog("Year One of the Russian Revolution", "Victor Serge");
        var fixture = new QuizFixture(new CorpusLibrary([document, .. Library.Documents.Skip(1)]));

        var question = fixture.Facts.Create(document, fixture.Random).Single(q => q.Prompt == "Who wrote “Year One of the Russian Revolution”?");

        Assert.Equal("Victor Serge", question.RightChoice);
        Assert.Equal(4, question.Choices.Distinct().Count());
        Assert.Equal("Year One of the Russian Revolution", question.Source.Section);
        Assert.Equal("Victor Serge", question.Source.Author);
    }

    [Fact]
    public void Create_WhoWroteAText_OffersTheCorpussWritersSectionsIncludedBeforePeopleItNames()
    {
        var kazakhstan = new DocumentBuilder("kazakhstan", "Workers Movement of Kazakhstan").By("M. Ismailov")
            .Paragraph("In 1995 the strike committee was supported by chairman Siyazbek Mukashev of the federation.")
            .Build();
        var blog = new DocumentBuilder("blog", "Auto workers revolt").By("Kemal Ulker")
            .Paragraph("In 1998 the workers of Bursa asked chairman Mustafa Ozbek to resign from the union.")
            .Section("Year One of the Russian Revolution", "Victor Serge")
            .Paragraph("In 1917 the workers of Petrograd elected deputy Peter Krepak to the soviet of the district.")
            .Build();
        var cells = new DocumentBuilder("cells", "Workplace cells").By("Alpaslan Savas")
            .Paragraph("In 1925 the congress was addressed by comrade Leon Trotsky on the work of the cells.")
            .Build();
        var fixture = new QuizFixture(new CorpusLibrary([kazakhstan, blog, cells]));

        var question = fixture.Facts.Create(kazakhstan, fixture.Random).Single(q => q.Prompt.StartsWith("Who wrote", StringComparison.Ordinal));

        // Before, the third wrong writer was someone a text names, such as Leon Trotsky, a writer of another time.
        Assert.Equal(["Alpaslan Savas", "Kemal Ulker", "M. Ismailov", "Victor Serge"], question.Choices.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_ASectionByTheDocumentsOwnWriter_IsNotAskedAboutAgain()
    {
        var document = Blog("A later post", "Kemal Ulker");
        var fixture = new QuizFixture(new CorpusLibrary([document, .. Library.Documents.Skip(1)]));

        Assert.Single(fixture.Facts.Create(document, fixture.Random), q => q.Prompt.StartsWith("Who wrote", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_ADatedTextWithASectionOfAnotherYear_AsksWhenEachWasPublished()
    {
        var blog = new DocumentBuilder("blog", "Auto workers revolt").By("Kemal Ulker", "2012-11-18")
            .Paragraph("In 1998 the workers of Bursa asked chairman Mustafa Ozbek to resign from the union.")
            .Section("Year One of the Russian Revolution", "Victor Serge", "1930")
            .Paragraph("The workers of Petrograd formed the Red Guard in the spring of the year.")
            .Build();
        var fixture = new QuizFixture(new CorpusLibrary([blog, .. Library.Documents.Skip(1)]));

        var questions = fixture.Facts.Create(blog, fixture.Random).Where(q => q.Prompt.StartsWith("In which year", StringComparison.Ordinal)).ToArray();

        // The dateline is on every quote and summary of the text; a chapter of 1930 reprinted in it was published on its own.
        Assert.Equal(["In which year was “Auto workers revolt” published?", "In which year was “Year One of the Russian Revolution” published?"], questions.Select(q => q.Prompt));
        Assert.Equal(["2012", "1930"], questions.Select(q => q.RightChoice));
        Assert.All(questions, q => Assert.All(q.Choices, c => Assert.Matches("^(19|20)\\d\\d$", c)));
        Assert.All(questions, q => Assert.Equal(4, q.Choices.Distinct().Count()));
    }

    [Fact]
    public void Create_AnUndatedText_IsNotAskedWhenItWasPublished()
    {
        Assert.DoesNotContain(Questions(Opposition), q => q.Prompt.StartsWith("In which year", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_ADatedDutchText_AsksWhenItWasPublishedInDutch()
    {
        var manifest = new DocumentBuilder("manifest", "Manifest", Language.Dutch).By("Internationale Kommunistische Stroming", "2017-09")
            .Paragraph("De Arbeidersbeweging werd opgericht in 1990 door arbeiders van de fabriek.")
            .Build();
        var fixture = new QuizFixture(new CorpusLibrary([.. Library.Documents.Take(3), manifest]));

        var question = fixture.Facts.Create(manifest, fixture.Random).Single(q => q.RightChoice == "2017");

        Assert.Equal("In welk jaar verscheen “Manifest”?", question.Prompt);
    }

    [Fact]
    public void Create_ASentenceSayingWhenItWasDissolved_AsksTheYearAmongYears()
    {
        var question = Questions(Opposition).Single(q => q.Prompt == "When was the Workers' Opposition dissolved?");

        Assert.Equal("1921", question.RightChoice);
        Assert.All(question.Choices, c => Assert.Matches("^(19|20)\\d\\d$", c));
    }

    [Fact]
    public void Create_OnlyAsksWhatItCanReadReliably()
    {
        var prompts = Questions(Opposition).Select(q => q.Prompt).ToArray();

        Assert.Equal(["Who led the Workers' Opposition?", "When was the Workers' Opposition dissolved?"], prompts);
    }

    [Fact]
    public void Create_ADutchDocument_AsksInDutch()
    {
        var question = Assert.Single(Questions(Library.Documents[3]));

        Assert.Equal("Wanneer werd de Arbeidersbeweging opgericht?", question.Prompt);
        Assert.Equal("1990", question.RightChoice);
    }

    /// <summary>A blog post by Kemal Ulker and a second section under <paramref name="heading"/> by <paramref name="writer"/>.</summary>
    private static Document Blog(string heading, string writer) =>
        new DocumentBuilder("blog", "Auto workers revolt").By("Kemal Ulker")
            .Paragraph("In 1998 the workers of Bursa asked chairman Mustafa Ozbek to resign from the union.")
            .Section(heading, writer)
            .Paragraph("The workers of Petrograd formed the Red Guard in the spring of the year.")
            .Build();

    private static QuizQuestion[] Questions(Document document) => Fixture.Facts.Create(document, Fixture.Random).ToArray();
}
