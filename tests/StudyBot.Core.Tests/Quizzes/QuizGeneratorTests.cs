using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Quizzes;

/// <summary>Whole quizzes over the seed texts, read as a member would: every question fair on its own and within its quiz.</summary>
public sealed class QuizGeneratorTests
{
    private static readonly Lazy<CorpusLibrary> Seeds = QuizFixture.Seeds;

    public static TheoryData<string> SeedSlugs => new(Seeds.Value.Documents.Select(d => d.Slug));

    private static readonly string[] SectionedSlugs = ["manifest-oktober-revolutie", "workplace-cells", "workers-opposition"];

    public static TheoryData<QuizMix> Mixes => new(Enum.GetValues<QuizMix>());

    [Theory]
    [MemberData(nameof(SeedSlugs))]
    public void Create_ChoiceQuizOnASeedText_HasTenQuestionsOrFillsUpWithOtherKindsAndSaysSo(string slug)
    {
        var document = Seeds.Value.Find(slug)!;

        var quiz = new QuizFixture(Seeds.Value).Generator.Create(document, 10, QuizMix.Choice);

        // A text with fewer fair questions than asked (workplace cells: each fact asked once, few nouns its text singles
        // out) falls short only after the other kinds filled in; the quiz command then says how many and why.
        Assert.True(quiz.Count == 10 || quiz.FilledUpWithOtherKinds, $"{quiz.Count} questions, none of another kind");
        Assert.Equal(quiz.Any(q => q.Kind != QuestionKind.Choice), quiz.FilledUpWithOtherKinds);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(11)]
    public void Create_AMixedQuizOnATextFullOfYears_MixesInOtherKinds(int seed)
    {
        var document = Seeds.Value.Find("solidarity-kazakhstan");

        var quiz = new QuizFixture(Seeds.Value, seed).Generator.Create(document, 10, QuizMix.Mixed);

        Assert.Equal(10, quiz.Count);
        // Before the share of a kind was held, nine of ten; the text has few other answers, so the rest fill up with years.
        // Its towns stand mostly in one list, and are no longer asked among the towns of other texts, so eight may be.
        Assert.InRange(quiz.Count(q => q.BlankKind == AnswerKind.Year), 1, 8);
        Assert.True(quiz.Count(q => q.BlankKind != AnswerKind.Year) >= 2, string.Join(", ", quiz.Select(q => q.BlankKind?.ToString() ?? q.Kind.ToString())));
    }

    [Fact]
    public void Create_ChoiceQuizOnTheDutchText_FillsUpWithOtherKinds()
    {
        var quiz = new QuizFixture(Seeds.Value).Generator.Create(Seeds.Value.Find("manifest-oktober-revolutie"), 10, QuizMix.Choice);

        Assert.True(quiz.FilledUpWithOtherKinds);
        Assert.All(quiz, q => Assert.Equal(Language.Dutch, q.Language));
    }

    [Theory]
    [MemberData(nameof(SeedSlugs))]
    public void Create_AQuizOnOneText_AsksWhichPartAPassageIsFromNeverWhichText(string slug)
    {
        var fixture = new QuizFixture(Seeds.Value);
        var document = Seeds.Value.Find(slug)!;

        var quiz = fixture.Generator.Create(document, 10, QuizMix.Mixed)
            .Concat(fixture.Generator.Create(document, 5, QuizMix.Source));

        Assert.All(quiz.Where(q => q.Kind == QuestionKind.Source), q =>
        {
            Assert.DoesNotContain(q.Choices, c => Seeds.Value.Find(c) is not null);
            Assert.All(q.Choices, c => Assert.Contains(document.Sections, s => s.Title == c));
            Assert.Equal(q.Source.Section, q.RightChoice);
        });
    }

    [Theory]
    [InlineData("manifest-oktober-revolutie")]
    [InlineData("workplace-cells")]
    [InlineData("workers-opposition")]
    public void Create_ASourceQuizOnATextWithFourHeadedSections_AsksWhichPartOnly(string slug)
    {
        var quiz = new QuizFixture(Seeds.Value).Generator.Create(Seeds.Value.Find(slug), 10, QuizMix.Source);

        Assert.Equal(10, quiz.Count);
        Assert.False(quiz.FilledUpWithOtherKinds);
        Assert.All(quiz, q => Assert.Equal(QuestionKind.Source, q.Kind));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Create_ChoiceClozeOrMixedQuizOfTenOnASeedTextWithHeadedSections_HasTenQuestions(int seed)
    {
        var fixture = new QuizFixture(Seeds.Value, seed);

        // The Dutch text and workplace cells give seven fair facts; section questions make up the rest.
        var counts = SectionedSlugs
            .SelectMany(slug => new[] { QuizMix.Choice, QuizMix.Cloze, QuizMix.Mixed }.Select(mix => (slug, mix, fixture.Generator.Create(Seeds.Value.Find(slug), 10, mix).Count)))
            .Where(c => c.Count != 10)
            .Select(c => $"{c.slug} {c.mix}: {c.Count}");

        Assert.Empty(counts);
    }

    [Fact]
    public void Create_MixedQuizOnATextWithManyFacts_AsksFewSectionQuestions()
    {
        var quiz = new QuizFixture(Seeds.Value).Generator.Create(Seeds.Value.Find("workers-opposition"), 10, QuizMix.Mixed);

        // Taking turns with the other kinds, they made four or five of ten; they fill in only when the facts run out.
        Assert.Equal(10, quiz.Count);
        Assert.InRange(quiz.Count(q => q.Kind == QuestionKind.Source), 0, 2);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Create_QuizzesOnOneText_NeverShowAPassageThatHoldsAnEarlierQuestionsSentence(int seed)
    {
        var fixture = new QuizFixture(Seeds.Value, seed);

        var quizzes = Seeds.Value.Documents.SelectMany(d => new[] { QuizMix.Mixed, QuizMix.Choice, QuizMix.Cloze }.Select(mix => fixture.Generator.Create(d, 20, mix)));

        Assert.All(quizzes, quiz =>
        {
            var overlapping = quiz.SelectMany((q, i) => quiz.Skip(i + 1).Where(later => later.SourceText.Contains(q.SourceText, StringComparison.Ordinal) || q.SourceText.Contains(later.SourceText, StringComparison.Ordinal)).Select(later => $"{q.SourceText} / {later.SourceText}"));
            Assert.Empty(overlapping);
        });
    }

    [Theory]
    [MemberData(nameof(Mixes))]
    public void Create_SeedQuizzes_EveryQuestionHasOneAnswerThatNothingElseGivesAway(QuizMix mix)
    {
        var fixture = new QuizFixture(Seeds.Value, seed: 3);
        var quizzes = Seeds.Value.Documents.Select(d => fixture.Generator.Create(d, 10, mix)).Append(fixture.Generator.Create(null, 10, mix)).ToArray();

        Assert.All(quizzes, quiz =>
        {
            Assert.NotEmpty(quiz);
            Assert.Equal(quiz.Count, quiz.Select(q => q.SourceText).Distinct().Count());
            Assert.Equal(quiz.Count, quiz.Select(q => TextFolding.Fold(q.Prompt).Replace("the ", string.Empty, StringComparison.Ordinal)).Distinct().Count());
            Assert.All(quiz, q =>
            {
                Assert.Equal(4, q.Choices.Count);
                var right = TextFolding.Fold(q.RightChoice);
                Assert.DoesNotContain(right, TextFolding.Fold(q.Prompt), StringComparison.Ordinal);
                Assert.All(q.Choices.Where((_, i) => i != q.Answer), wrong =>
                {
                    // Titles may share a word ("Workers"), and years and numbers are alike only when equal.
                    if (q.Kind != QuestionKind.Source && q.RightChoice.Any(char.IsLetter))
                    {
                        Assert.False(NameSimilarity.AreAlike(wrong, q.RightChoice), $"{wrong} is too like {q.RightChoice}");
                    }

                    Assert.DoesNotContain(right, TextFolding.Fold(wrong), StringComparison.Ordinal);
                });
                if (q.Kind != QuestionKind.Source)
                {
                    Assert.DoesNotContain(right, TextFolding.Fold(q.Source.Title), StringComparison.Ordinal);
                    Assert.Equal(q.Source.Title, q.AboutText);
                }

                Assert.DoesNotMatch(@"\[\d+\]", q.Prompt);
            });
        });
    }

    [Fact]
    public void Create_TheWholeCorpus_AsksSourceQuestionsOnlyAboutEnglishPassages()
    {
        var quiz = new QuizFixture(Seeds.Value).Generator.Create(null, 10, QuizMix.Source);

        Assert.Equal(10, quiz.Count);
        Assert.False(quiz.FilledUpWithOtherKinds);
        Assert.All(quiz, q =>
        {
            Assert.Equal(Language.English, q.Language);
            Assert.All(q.Choices, c => Assert.Equal(Language.English, Seeds.Value.Find(c)!.Language));
        });
    }

    [Theory]
    [MemberData(nameof(SeedSlugs))]
    public void Create_AnyMixOnASeedText_NeverQuotesACaptionInfoboxLineBibliographyOrNote(string slug)
    {
        var document = Seeds.Value.Find(slug)!;
        var nonProse = document.Blocks
            .Where(b => b.Kind is BlockKind.Caption or BlockKind.InfoboxLine or BlockKind.Bibliography or BlockKind.Note)
            .Select(b => b.Text)
            .ToArray();

        foreach (var mix in Enum.GetValues<QuizMix>())
        {
            var quiz = new QuizFixture(Seeds.Value).Generator.Create(document, 20, mix);

            Assert.All(quiz, q => Assert.DoesNotContain(nonProse, text => text.Contains(q.SourceText, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [MemberData(nameof(SeedSlugs))]
    public void Create_ClozeOnAPlace_OffersOnlyPlacesOfTheSameScale(string slug)
    {
        var document = Seeds.Value.Find(slug)!;
        var fixture = new QuizFixture(Seeds.Value);

        var places = fixture.AllCloze(document)
            .Where(q => q.Choices.All(c => !c.Contains(' ', StringComparison.Ordinal) && char.IsUpper(c[0])))
            .ToArray();

        Assert.All(places, q =>
        {
            Assert.NotEqual(Language.Dutch, document.Language);
            Assert.Single(q.Choices.Select(c => PlaceScales.Of(c, document.Language)).Distinct());
        });
    }

    [Theory]
    [MemberData(nameof(SeedSlugs))]
    public void Create_ClozeOnATown_OffersAtMostOneTownItsOwnTextDoesNotName(string slug)
    {
        var document = Seeds.Value.Find(slug)!;
        var text = string.Join('\n', document.Blocks.Select(b => b.Text));

        var towns = new QuizFixture(Seeds.Value).AllCloze(document).Where(q => q.BlankKind == AnswerKind.Place && PlaceScales.Of(q.RightChoice, document.Language) == PlaceScale.Locality).ToArray();

        // Before, "Karaganda" stood among Moscow, Petrograd and Bursa, towns of other texts and other countries.
        Assert.All(towns, q => Assert.True(q.Choices.Count(c => !text.Contains(c, StringComparison.Ordinal)) <= 1, string.Join(", ", q.Choices)));
    }

    [Theory]
    [MemberData(nameof(SeedSlugs))]
    public void Create_ClozeOnAPerson_NeverOffersSomeoneThePromptNames(string slug)
    {
        var document = Seeds.Value.Find(slug)!;

        var people = new QuizFixture(Seeds.Value).AllCloze(document).Where(q => q.RightChoice.Contains(' ', StringComparison.Ordinal) && char.IsUpper(q.RightChoice[0]));

        Assert.All(people, q =>
        {
            var named = Tokenizer.FoldedWords(q.Prompt).ToHashSet(StringComparer.Ordinal);
            Assert.All(q.Choices.Where(c => c != q.RightChoice), c => Assert.DoesNotContain(Tokenizer.FoldedWords(c), named.Contains));
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(41)]
    public void Create_MixedQuizzesOnEachSeedText_AskEachYearNumberOrTermOfATextAndEachNameOfAPassageOnce(int seed)
    {
        var fixture = new QuizFixture(Seeds.Value, seed);
        var quizzes = Seeds.Value.Documents.Select(d => fixture.Generator.Create(d, 10, QuizMix.Mixed)).Append(fixture.Generator.Create(null, 10, QuizMix.Mixed));

        Assert.All(quizzes, quiz =>
        {
            var repeated = quiz.Where(q => q.Kind == QuestionKind.Cloze)
                .GroupBy(q => (q.Source.Title, Section: q.BlankKind is AnswerKind.Year or AnswerKind.Number or AnswerKind.Term ? null : q.Source.Section, Answer: TextFolding.Fold(q.RightChoice)))
                .Where(g => g.Count() > 1)
                .Select(g => $"{g.Key.Answer} in {g.Key.Title} {g.Key.Section}");
            Assert.Empty(repeated);
        });
    }

    [Theory]
    [MemberData(nameof(Mixes))]
    public void Create_SeedQuizzes_NeverDoubleUpQuotationMarks(QuizMix mix)
    {
        var fixture = new QuizFixture(Seeds.Value, seed: 5);

        var quizzes = Seeds.Value.Documents.Select(d => fixture.Generator.Create(d, 20, mix)).Append(fixture.Generator.Create(null, 10, mix));

        // The prompt sets the text in double marks, so the text's own double marks would read as the end of the quote.
        Assert.All(quizzes.SelectMany(q => q), q => Assert.DoesNotMatch("“.*[“”\"].*”", q.Prompt));
    }
}
