using System.Globalization;
using System.Text.RegularExpressions;
using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Tests.Corpus;
using StudyBot.Core.Text;

namespace StudyBot.Core.Tests.Quizzes;

public sealed partial class ClozeQuestionsTests
{
    private static readonly QuizFixture Fixture = new();

    public static TheoryData<string> Slugs => new(TestCorpus.Library.Documents.Select(d => d.Slug));

    [Theory]
    [MemberData(nameof(Slugs))]
    public void TryCreate_HasFourDistinctChoicesOfWhichExactlyTheAnswerCompletesTheSentence(string slug)
    {
        var questions = Fixture.AllCloze(TestCorpus.Document(slug));

        Assert.NotEmpty(questions);
        Assert.All(questions, q =>
        {
            Assert.Equal(4, q.Choices.Count);
            Assert.Equal(4, q.Choices.Select(TextFolding.Fold).Distinct().Count());
            Assert.Equal(QuotationMarks.Nested(q.SourceText), Blanked(q).Replace(ClozeQuestions.Blank, q.RightChoice, StringComparison.Ordinal));
            Assert.All(q.Choices.Where((_, i) => i != q.Answer), wrong =>
                Assert.NotEqual(QuotationMarks.Nested(q.SourceText), Blanked(q).Replace(ClozeQuestions.Blank, wrong, StringComparison.Ordinal)));
        });
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void TryCreate_TheAnswerAppearsNowhereElseInThePrompt(string slug)
    {
        var questions = Fixture.AllCloze(TestCorpus.Document(slug));

        Assert.All(questions, q =>
        {
            Assert.Contains(ClozeQuestions.Blank, q.Prompt, StringComparison.Ordinal);
            Assert.DoesNotContain(TextFolding.Fold(q.RightChoice), TextFolding.Fold(q.Prompt), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TryCreate_APersonTheSentenceNamesAgainBySurname_IsNeverBlanked()
    {
        var fixture = new QuizFixture(QuizFixture.Seeds.Value);
        var document = fixture.Library.Find("workers-opposition")!;
        var sentence = document.Sentences.First(s => s.Text.Contains("in his statement, Shlyapnikov proposed", StringComparison.Ordinal));

        var questions = Enumerable.Range(0, 30).Select(_ => fixture.Cloze.TryCreate(document, sentence, fixture.Random)).OfType<QuizQuestion>().ToArray();

        Assert.NotEmpty(questions);
        Assert.DoesNotContain(questions, q => q.BlankKind == AnswerKind.Person);
    }

    [Theory]
    [InlineData("om de strijd van het proletariaat in bedwang te houden", "strijd")]
    [InlineData("op de evolutie van de kapitalistische maatschappij", "maatschappij")]
    [InlineData("niet alleen van de kapitalistische maatschappij en haar ideologie", "maatschappij")]
    public void TryCreate_ATermWhosePlaceTheTextGivesOtherNounsToo_IsNeverBlanked(string words, string term)
    {
        // The brochure also writes "de dictatuur van het proletariaat" and "de kapitalistische klasse": either fits as well.
        var fixture = new QuizFixture(QuizFixture.Seeds.Value);
        var document = fixture.Library.Find("manifest-oktober-revolutie")!;
        var sentence = document.Sentences.First(s => s.Text.Contains(words, StringComparison.Ordinal));

        var questions = Enumerable.Range(0, 30).Select(_ => fixture.Cloze.TryCreate(document, sentence, fixture.Random)).OfType<QuizQuestion>();

        Assert.DoesNotContain(questions, q => q.RightChoice == term);
    }

    [Theory]
    [InlineData("562 delegates are present:")]
    [InlineData("Of the 17,000 soldiers who vote,")]
    public void TryCreate_ACount_OffersOnlyWrongNumbersWithinTenTimesTheAnswer(string start)
    {
        var fixture = new QuizFixture(QuizFixture.Seeds.Value);
        var document = fixture.Library.Find("turk-metal-renault-revolt")!;
        var sentence = document.Sentences.First(s => s.Text.StartsWith(start, StringComparison.Ordinal));

        var questions = Enumerable.Range(0, 20).Select(_ => fixture.Cloze.TryCreate(document, sentence, fixture.Random)).OfType<QuizQuestion>()
            .Where(q => q.BlankKind == AnswerKind.Number).ToArray();

        Assert.All(questions, q => Assert.All(q.Choices, c =>
            Assert.InRange(AnswerFinder.NumericValue(c), AnswerFinder.NumericValue(q.RightChoice) / 10, AnswerFinder.NumericValue(q.RightChoice) * 10)));
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void TryCreate_WrongChoicesAreOfTheAnswersKind(string slug)
    {
        var questions = Fixture.AllCloze(TestCorpus.Document(slug));

        Assert.All(questions, q =>
        {
            var shape = q.RightChoice switch
            {
                _ when YearShape().IsMatch(q.RightChoice) => YearShape(),
                _ when NumberShape().IsMatch(q.RightChoice) => NumberShape(),
                _ when NameShape().IsMatch(q.RightChoice) => NameShape(),
                _ => TermShape(),
            };
            Assert.All(q.Choices, c => Assert.Matches(shape, c));
        });
    }

    [Fact]
    public void TryCreate_ASentenceWithAYear_AsksForTheYearAmongYears()
    {
        var document = TestCorpus.Document("workers-opposition");
        var sentence = document.Sentences.Single(s => s.Text.StartsWith("After the end of Stalinism", StringComparison.Ordinal));

        var question = Fixture.Cloze.TryCreate(document, sentence, Fixture.Random);

        Assert.NotNull(question);
        Assert.StartsWith("Which year is missing?", question.Prompt, StringComparison.Ordinal);
        Assert.Matches("^(1963|1977)$", question.RightChoice);
        Assert.All(question.Choices, c => Assert.Matches(YearShape(), c));
    }

    [Fact]
    public void TryCreate_DutchDocument_AsksInDutch()
    {
        var questions = Fixture.AllCloze(TestCorpus.Document("manifest-oktober-revolutie"));

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.Matches("^Welk(e)? (jaar|getal|naam|woord) ontbreekt\\?", q.Prompt));
    }

    [Fact]
    public void TryCreate_SentencesThatPointBackOrAreNotProse_GiveNoQuestion()
    {
        var document = new DocumentBuilder("d", "D")
            .Sentences("In 1921 the congress banned all factions inside the Russian Communist Party.", "This happened in March 1921 at the 10th Congress in Moscow.")
            .Block(BlockKind.Caption, "The 10th Congress in Moscow, March 1921, with delegates from Petrograd.")
            .Build();

        Assert.Null(Fixture.Cloze.TryCreate(document, document.Sentences[1], Fixture.Random));
        Assert.Empty(document.Blocks[1].Sentences);
    }

    [Fact]
    public void TryCreate_AChoiceTheTextWritesBesideTheSameWords_IsNotOffered()
    {
        var document = new DocumentBuilder("congresses", "Congresses")
            .Sentences(
                "The founding congress of the union took place in February, 1991, in the capital of the republic.",
                "The second congress of the union took place in February, 1993, after the strikes in the mines.",
                "The old federation of the miners had been set up by the state in 1905 after the first revolution.",
                "A rival federation of the dockers was formed by the port workers in 1917 during the war.",
                "Most of the leaders of the old federation were arrested by the police in 1937 during the purges.",
                "The last leaders of the old federation were dismissed by the government in 1999 after the elections.")
            .Build();
        var fixture = new QuizFixture(new CorpusLibrary([document]));

        var question = fixture.Cloze.TryCreate(document, document.Sentences[0], fixture.Random);

        Assert.NotNull(question);
        Assert.Equal("1991", question.RightChoice);
        Assert.DoesNotContain("1993", question.Choices);
    }

    [Fact]
    public void TryCreate_APlaceTheTextWritesNearTheBlanksWord_IsNotOffered()
    {
        var document = Garrisons(new DocumentBuilder("garrisons", "Garrisons")
            .Section("The capital")
            .Sentences(
                "The garrison in Petrograd went over to the Bolsheviks at the end of October after long debates.",
                "The soviet in Petrograd met every night in the great hall of the old school.")
            .Section("The provinces")
            .Sentences(
                "In Moscow the garrison held out for a whole week against the guards of the city.",
                "The congress in Moscow was delayed by the fighting in the streets of the centre."));

        Assert.All(PetrogradQuestions(document), q => Assert.DoesNotContain("Moscow", q.Choices));
    }

    [Fact]
    public void TryCreate_APlaceTheBlanksSectionAlsoNames_IsNotOffered()
    {
        var document = Garrisons(new DocumentBuilder("garrisons", "Garrisons")
            .Section("The capital")
            .Sentences(
                "The garrison in Petrograd went over to the Bolsheviks at the end of October after long debates.",
                "The soviet in Petrograd met every night in the great hall of the old school.",
                "The congress in Moscow was delayed by the fighting in the streets of the centre.",
                "The printers in Moscow set the first leaflets of the rising during the night.")
            .Section("The provinces"));

        Assert.All(PetrogradQuestions(document), q => Assert.DoesNotContain("Moscow", q.Choices));
    }

    [Fact]
    public void TryCreate_APersonOfATextOfAnotherTime_IsNotOffered()
    {
        var union = new DocumentBuilder("metal-union", "The metal union")
            .Sentences(
                "In 1921 the congress of the metal workers chose Ivan Petrov to speak for the union before the party.",
                "Petrov spoke for the union at the congress of 1922.",
                "In 1923 the printers sent Pavel Sokolov to the talks with the trust about the wages.",
                "Sokolov wrote the leaflets of the printers in 1923.",
                "In 1920 the railwaymen sent Grigory Orlov to the conference about the timetables.",
                "Orlov ran the strike of the railwaymen in 1920.")
            .Build();
        var october = new DocumentBuilder("october", "October")
            .Sentences(
                "In 1917 the sailors sent Fyodor Raskolnikov to the harbour with their demands.",
                "Raskolnikov read the demands aloud in 1917.",
                "In 1918 the soldiers sent Vladimir Nevsky to the front with the newspapers.",
                "Nevsky carried the newspapers in 1918.")
            .Build();
        var strikes = new DocumentBuilder("strikes", "Strikes")
            .Sentences(
                "In 1995 the miners sent Daniyar Akhmetov to the ministry with their list.",
                "Akhmetov handed over the list in 1995.",
                "In 1996 the teachers sent Yerlan Suleimenov to the court with the case.",
                "Suleimenov lost the case in 1996.",
                "In 1997 the drivers sent Marat Tokayev to the mayor with the petition.",
                "Tokayev read out the petition in 1997.")
            .Build();
        var library = new CorpusLibrary([union, october, strikes]);

        var questions = Enumerable.Range(1, 20)
            .Select(seed => new QuizFixture(library, seed))
            .Select(f => f.Cloze.TryCreate(union, union.Sentences[0], f.Random))
            .OfType<QuizQuestion>()
            .Where(q => q.BlankKind == AnswerKind.Person)
            .ToArray();

        // The strikes of the 1990s are another story: their people beside Petrov would be told apart by their time alone.
        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.DoesNotContain(q.Choices, c => c is "Daniyar Akhmetov" or "Yerlan Suleimenov" or "Marat Tokayev"));
        Assert.Contains(questions, q => q.Choices.Contains("Fyodor Raskolnikov") || q.Choices.Contains("Vladimir Nevsky"));
    }

    [Theory]
    [InlineData("The first year of the new century (February 2001) brought the worst crisis that the country had seen in its modern history.")]
    [InlineData("One day after the dismal election of 2012 we are celebrating the 95th anniversary of the revolution in the old capital.")]
    public void TryCreate_AYearTheSentenceCountsFromAnother_IsNotBlanked(string sentence)
    {
        var document = new DocumentBuilder("crisis", "Crisis")
            .Sentences(
                sentence,
                "The old federation of the miners had been set up by the state in 1998 after the long strike.",
                "A rival federation of the dockers was formed by the port workers in 2009 during the crisis.",
                "Most of the leaders of the old federation were arrested by the police in 1997 during the purges.",
                "The last leaders of the old federation were dismissed by the government in 2010 after the elections.")
            .Build();
        var library = new CorpusLibrary([document]);

        var questions = Enumerable.Range(1, 10).Select(seed => new QuizFixture(library, seed)).Select(f => f.Cloze.TryCreate(document, document.Sentences[0], f.Random));

        Assert.All(questions, q => Assert.NotEqual(AnswerKind.Year, q?.BlankKind));
    }

    [Fact]
    public void TryCreate_AYearFarFromTheOtherYearsOfItsText_IsAskedAmongYearsNearIt()
    {
        var document = QuizFixture.Seeds.Value.Find("workers-opposition")!;
        var sentence = document.Sentences.First(s => s.Text.StartsWith("After the end of Stalinism", StringComparison.Ordinal));

        var questions = QuestionsOverSeeds(document, sentence).Where(q => q.BlankKind == AnswerKind.Year).ToArray();

        // "Shlyapnikov was rehabilitated in 1963, Medvedev in _____" among 1921, 1922 and 1937, years of the text's story:
        // only 1977 comes after Stalinism.
        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.All(q.Choices, c => Assert.InRange(int.Parse(c, CultureInfo.InvariantCulture), int.Parse(q.RightChoice, CultureInfo.InvariantCulture) - 15, int.Parse(q.RightChoice, CultureInfo.InvariantCulture) + 15)));
    }

    [Fact]
    public void TryCreate_APersonNamedByInitials_IsAskedAmongPeopleNamedSo()
    {
        var document = QuizFixture.Seeds.Value.Find("solidarity-kazakhstan")!;
        var sentence = document.Sentences.First(s => s.Text.StartsWith("The court sentenced M.Ismailov", StringComparison.Ordinal));

        var questions = QuestionsOverSeeds(document, sentence).Where(q => q.BlankKind == AnswerKind.Person).ToArray();

        // "M.Ismailov" among "Siyazbek Mukashev" and "Peter Krepak" would stand out by its shape; and "M.M.Isnailov", the
        // text's misspelling of him, is the same man.
        Assert.NotEmpty(questions);
        Assert.All(questions, q =>
        {
            Assert.Equal("M.Ismailov", q.RightChoice);
            Assert.All(q.Choices, c => Assert.Matches(@"^(?:[A-Z][a-z]?\.){1,2} ?[A-Z][a-z]+$", c));
            Assert.DoesNotContain("M.M.Isnailov", q.Choices);
        });
    }

    [Theory]
    [InlineData("solidarity-kazakhstan", "virtually headed by one of the RDK co-chairmen", "Yu.Vinkov", "Yu.Borovitsky")]
    [InlineData("workers-opposition", "The Workers' Opposition was led by", "Sergei Medvedev", "Alexandra Kollontai")]
    public void TryCreate_APersonTheTextGivesTheBlanksRole_IsNotOffered(string slug, string words, string first, string second)
    {
        var document = QuizFixture.Seeds.Value.Find(slug)!;
        var sentence = document.Sentences.First(s => s.Text.Contains(words, StringComparison.Ordinal));

        // The text elects Vinkov, Ismailov and Borovitsky co-chairmen together, and says the group "was led by Alexander
        // Shlyapnikov, Sergei Medvedev, Alexandra Kollontai and Yuri Lutovinov": either would answer the blank too.
        Assert.All(QuestionsOverSeeds(document, sentence), q => Assert.DoesNotContain(q.Choices, c => c == first || c == second));
    }

    /// <summary>Three more cities, each named twice after "in" so that they count as places.</summary>
    private static Document Garrisons(DocumentBuilder builder) => builder
        .Sentences(
            "The arms workers in Tula stopped work during the long strike of that spring.",
            "The party committee in Tula sent two delegates to the congress in the autumn.",
            "The dockers in Odessa joined the strike at the end of the month.",
            "The sailors in Odessa set the leaflets in type during the night.",
            "The miners in Kharkov met at the end of the summer to elect their delegates.",
            "The railwaymen in Kharkov stopped the trains for three days in a row.")
        .Build();

    /// <summary>The questions that blank "Petrograd" in the first sentence, over twenty seeds: most would offer Moscow if it were allowed.</summary>
    private static QuizQuestion[] PetrogradQuestions(Document document)
    {
        var library = new CorpusLibrary([document]);
        var questions = Enumerable.Range(1, 20)
            .Select(seed => new QuizFixture(library, seed))
            .Select(f => f.Cloze.TryCreate(document, document.Sentences[0], f.Random))
            .OfType<QuizQuestion>()
            .Where(q => q.RightChoice == "Petrograd")
            .ToArray();
        Assert.NotEmpty(questions);
        return questions;
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void TryCreate_AWordBlank_IsANounAmongNounsOfTheSameShape(string slug)
    {
        var document = TestCorpus.Document(slug);
        var missingWord = QuizWording.MissingWord.In(document.Language);

        var questions = Fixture.AllCloze(document).Where(q => q.Prompt.StartsWith(missingWord, StringComparison.Ordinal)).ToArray();

        Assert.All(questions, q =>
        {
            var shape = TermShapes.Of(q.RightChoice, document.Language);
            Assert.True(shape is StudyBot.Core.Quizzes.TermShape.SingularNoun or StudyBot.Core.Quizzes.TermShape.PluralNoun, $"{q.RightChoice} is {shape}");
            Assert.All(q.Choices, c => Assert.Equal(shape, TermShapes.Of(c, document.Language)));
        });
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void TryCreate_AWordBlank_NeverQualifiesTheNextNoun(string slug)
    {
        var document = TestCorpus.Document(slug);
        var missingWord = QuizWording.MissingWord.In(document.Language);

        var questions = Fixture.AllCloze(document).Where(q => q.Prompt.StartsWith(missingWord, StringComparison.Ordinal)).ToArray();

        Assert.All(questions, q =>
        {
            var blanked = Blanked(q);
            var after = blanked[(blanked.IndexOf(ClozeQuestions.Blank, StringComparison.Ordinal) + ClozeQuestions.Blank.Length)..];
            var next = Tokenizer.FoldedWords(after).FirstOrDefault();
            Assert.False(after.StartsWith(' ') && next is not null && !Stopwords.IsStopword(next, document.Language), $"{q.Prompt}: '{next}' follows the blank");
        });
    }

    [Fact]
    public void TryCreate_ASentenceWithANoteReference_AsksWithoutIt()
    {
        var document = new DocumentBuilder("notes", "Notes")
            .Sentences(
                "The founding congress of the union took place in February, 1991, in the capital of the republic.[12]",
                "The old federation of the miners had been set up by the state in 1905 after the first revolution.",
                "A rival federation of the dockers was formed by the port workers in 1917 during the war.",
                "Most of the leaders of the old federation were arrested by the police in 1937 during the purges.")
            .Build();
        var fixture = new QuizFixture(new CorpusLibrary([document]));

        var question = fixture.Cloze.TryCreate(document, document.Sentences[0], fixture.Random);

        Assert.NotNull(question);
        Assert.DoesNotContain("[12]", question.Prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("[12]", question.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_AnAnswerWrittenInTheTitle_IsNotAsked()
    {
        var document = new DocumentBuilder("bursa", "The revolt in Bursa")
            .Sentences(
                "Thousands of angry auto workers stopped work and staged a sit-in in Bursa on that cold morning.",
                "Hundreds of workers from the nearby factories came to the gates of the plant in Bursa at noon.",
                "Their union held its congress in Ankara and later moved its office to a building in Ankara.",
                "The bosses flew in from Paris and from the old offices in Istanbul and Izmir and Paris and Istanbul and Izmir.")
            .Build();
        var fixture = new QuizFixture(new CorpusLibrary([document]));

        Assert.Null(fixture.Cloze.TryCreate(document, document.Sentences[0], fixture.Random));
    }

    [Theory]
    [InlineData("manifest-oktober-revolutie", "evenmin in staat")]
    [InlineData("workplace-cells", "in the name of the party")]
    public void TryCreate_ANounBesideWordsTheTextWritesItBesideOnlyOnce_IsNotBlanked(string slug, string words)
    {
        var document = QuizFixture.Seeds.Value.Find(slug)!;
        var sentence = document.Sentences.First(s => s.Text.Contains(words, StringComparison.Ordinal));

        var questions = QuestionsOverSeeds(document, sentence);

        Assert.DoesNotContain(questions, q => q.BlankKind == AnswerKind.Term);
    }

    [Fact]
    public void TryCreate_ANounTheTextWritesBesideTheSameWordsAgain_IsBlanked()
    {
        var document = QuizFixture.Seeds.Value.Find("manifest-oktober-revolutie")!;
        var sentence = document.Sentences.First(s => s.Text.Contains("voor de dictatuur van de bolsjewistische partij", StringComparison.Ordinal));

        var questions = QuestionsOverSeeds(document, sentence);

        Assert.Contains(questions, q => q.BlankKind == AnswerKind.Term && q.RightChoice == "partij");
    }

    [Fact]
    public void TryCreate_AWrongWordTheTextWritesNearTheBlanksCompany_IsNotOffered()
    {
        var document = QuizFixture.Seeds.Value.Find("workplace-cells")!;
        var sentence = document.Sentences.First(s => s.Text.Contains("the political work of the party", StringComparison.Ordinal));

        var questions = QuestionsOverSeeds(document, sentence).Where(q => q.BlankKind == AnswerKind.Term).ToArray();

        Assert.All(questions.SelectMany(q => q.Choices.Where((_, i) => i != q.Answer)), wrong =>
            Assert.False(WrittenNear(document, wrong, "politic"), $"the text writes '{wrong}' beside 'political'"));
    }

    /// <summary>The questions twenty seeds make from one sentence.</summary>
    private static QuizQuestion[] QuestionsOverSeeds(Document document, Sentence sentence) =>
        Enumerable.Range(1, 20)
            .Select(seed => new QuizFixture(QuizFixture.Seeds.Value, seed))
            .Select(f => f.Cloze.TryCreate(document, sentence, f.Random))
            .OfType<QuizQuestion>()
            .ToArray();

    /// <summary>Whether the document writes the word within three words of a word starting with <paramref name="prefix"/>.</summary>
    private static bool WrittenNear(Document document, string word, string prefix) =>
        document.Sentences.Select(s => Tokenizer.FoldedWords(s.Text).ToArray()).Any(words =>
            Enumerable.Range(0, words.Length).Any(i => words[i] == word
                && words.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3) + 4).Any(w => w.StartsWith(prefix, StringComparison.Ordinal))));

    private static string Blanked(QuizQuestion question) => question.Prompt[(question.Prompt.IndexOf('“', StringComparison.Ordinal) + 1)..^1];

    [GeneratedRegex(@"^(1[5-9]\d\d|20\d\d)$")]
    private static partial Regex YearShape();

    [GeneratedRegex(@"^\d{1,3}([.,]\d{3})*$|^\d+$")]
    private static partial Regex NumberShape();

    // A name of words ("Sergei Medvedev") or a surname after initials ("M.Ismailov", "S.M. Kirov").
    [GeneratedRegex(@"^\p{Lu}\p{Ll}[\p{L}]*( \p{Lu}\p{Ll}[\p{L}]*){0,2}$|^(\p{Lu}\p{Ll}?\.){1,2} ?\p{Lu}\p{Ll}+$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"^\p{Ll}+$")]
    private static partial Regex TermShape();
}
