using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Quizzes;
using StudyBot.Core.Tests.Commands;
using StudyBot.Core.Tests.Corpus;

namespace StudyBot.Core.Tests.Quizzes;

public sealed class QuizCommandTests : IDisposable
{
    private readonly StudyFeatures features = new(seed: 3);
    private readonly CommandContext ann = TestContexts.Member("ann");
    private readonly CommandContext bob = TestContexts.Member("bob");

    [Fact]
    public async Task Quiz_ShowsTheFirstQuestionWithLetteredAnswerButtons()
    {
        var question = Assert.IsType<QuestionReply>(await features.Run(ann, "/quiz document:workers-opposition questions:3 kind:cloze"));

        Assert.Equal("Question 1 of 3 · Workers' Opposition", question.Heading);
        Assert.Equal(4, question.Choices.Count);
        Assert.Equal(["A", "B", "C", "D"], question.Actions.Select(a => a.Label));
        var quiz = features.Get<IQuizSessionStore>().Find(ann.ChannelId)!.Id;
        Assert.Equal($"/answer choice:\"A\" question:1 quiz:\"{quiz}\"", question.Actions[0].CommandLine);
    }

    [Fact]
    public async Task Quiz_OnADutchDocument_IsWordedInDutch()
    {
        // The Dutch brochure may not yield every cloze question asked for; the note saying so comes first.
        var reply = await features.Run(ann, "/quiz manifest kind:cloze");
        var question = Assert.IsType<QuestionReply>(reply is CompositeReply composite ? composite.Parts[^1] : reply);

        Assert.StartsWith("Vraag 1 van ", question.Heading, StringComparison.Ordinal);
        Assert.Matches("^Welk(e)? (jaar|getal|naam|woord) ontbreekt\\?", question.Prompt);
    }

    [Fact]
    public async Task Answer_GivesPrivateFeedbackQuotingTheSourceWithItsAttribution()
    {
        await features.Run(ann, "/quiz document:workers-opposition questions:2 kind:cloze");
        var question = CurrentQuestion();

        var reply = Assert.IsType<CompositeReply>(await features.Run(bob, $"/answer {Wrong(question)}"));

        var feedback = Assert.IsType<MessageReply>(reply.Parts[0]);
        Assert.Equal(ReplyVisibility.Private, feedback.Visibility);
        Assert.Equal($"Not quite. The answer to question 1 is {QuizReplies.Letter(question.Answer)}. {question.RightChoice}.", feedback.Text);
        var source = Assert.IsType<QuoteReply>(reply.Parts[1]);
        Assert.Equal(ReplyVisibility.Private, source.Visibility);
        Assert.Equal(question.SourceText, source.Text);
        Assert.Equal("Workers' Opposition", source.Source.Title);
        Assert.Equal(2, reply.Parts.Count);
    }

    [Fact]
    public async Task Answer_ASecondTimeBySameMember_IsRefusedPolitely()
    {
        await features.Run(ann, "/quiz document:workers-opposition questions:2 kind:cloze");
        var question = CurrentQuestion();
        await features.Run(bob, $"/answer {Wrong(question)}");

        var again = Assert.IsType<MessageReply>(await features.Run(bob, $"/answer {QuizReplies.Letter(question.Answer)}"));

        Assert.Equal("You already answered question 1; wait for the next one.", again.Text);
        Assert.Equal(ReplyVisibility.Private, again.Visibility);
        Assert.Equal(0, features.Get<IQuizSessionStore>().Find(ann.ChannelId)!.CurrentIndex);
    }

    [Fact]
    public async Task Answer_RightInAGroup_AnnouncesItAndShowsTheNextQuestion()
    {
        await features.Run(ann, "/quiz document:workers-opposition questions:2 kind:cloze");
        var question = CurrentQuestion();

        var reply = Assert.IsType<CompositeReply>(await features.Run(bob, $"/answer {QuizReplies.Letter(question.Answer)} question:1"));

        Assert.Equal(ReplyTone.Success, Assert.IsType<MessageReply>(reply.Parts[0]).Tone);
        Assert.Equal($"bob got question 1 right: {QuizReplies.Letter(question.Answer)}. {question.RightChoice}.", Assert.IsType<MessageReply>(reply.Parts[2]).Text);
        Assert.Equal(ReplyVisibility.Public, reply.Parts[2].Visibility);
        Assert.StartsWith("Question 2 of 2", Assert.IsType<QuestionReply>(reply.Parts[3]).Heading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiz_InTheTerminal_MovesOnAfterEveryAnswerAndEndsWithTheBoard()
    {
        await features.Run(TestContexts.Terminal, "/quiz document:workers-opposition questions:2 kind:cloze");
        var first = CurrentQuestion(TestContexts.Terminal);

        var afterFirst = Assert.IsType<CompositeReply>(await features.Run(TestContexts.Terminal, $"/answer {Wrong(first)}"));
        Assert.IsType<QuestionReply>(afterFirst.Parts[^1]);
        var second = CurrentQuestion(TestContexts.Terminal);
        var afterSecond = Assert.IsType<CompositeReply>(await features.Run(TestContexts.Terminal, $"/answer {second.Answer + 1}"));

        var board = Assert.IsType<ListReply>(afterSecond.Parts[^1]);
        Assert.Equal("Quiz results: Workers' Opposition (2 questions)", board.Title);
        Assert.Equal("1. me: 1 right of 2 answered", Assert.Single(board.Items).PlainText);
        Assert.Null(features.Get<IQuizSessionStore>().Find(TestContexts.Terminal.ChannelId));
    }

    [Fact]
    public async Task QuizNext_ByAnotherMember_IsRefused_ByTheStarter_ClosesTheQuestion()
    {
        await features.Run(ann, "/quiz document:workers-opposition questions:2 kind:cloze");
        var question = CurrentQuestion();

        var refused = Assert.IsType<MessageReply>(await features.Run(bob, "/quiz next"));
        var next = Assert.IsType<CompositeReply>(await features.Run(ann, "/quiz next"));

        Assert.Equal("Only the member who started the quiz or a moderator can move to the next question.", refused.Text);
        Assert.Equal($"Question 1 closed. The answer was {QuizReplies.Letter(question.Answer)}. {question.RightChoice}.", Assert.IsType<MessageReply>(next.Parts[0]).Text);
        Assert.Equal(question.SourceText, Assert.IsType<QuoteReply>(next.Parts[1]).Text);
        Assert.IsType<QuestionReply>(next.Parts[2]);
    }

    [Fact]
    public async Task Answer_WrongInARoomWithoutPrivateReplies_OnlyAcknowledgesUntilTheQuestionCloses()
    {
        var cy = TestContexts.RoomMember("cy");
        var dee = TestContexts.RoomMember("dee");
        await features.Run(cy, "!quiz document:workers-opposition questions:2 kind:cloze");
        var question = CurrentQuestion(cy);

        var wrong = await features.Run(dee, $"!answer {Wrong(question)}");
        var closed = Assert.IsType<CompositeReply>(await features.Run(cy, "!quiz next"));

        var acknowledged = Assert.IsType<MessageReply>(Assert.Single(Assert.IsType<CompositeReply>(wrong).Parts));
        Assert.Equal("dee answered question 1. The answer follows when the question closes.", acknowledged.Text);
        Assert.DoesNotContain(question.RightChoice, acknowledged.Text, StringComparison.Ordinal);
        Assert.Equal(
            $"Question 1 closed. The answer was {QuizReplies.Letter(question.Answer)}. {question.RightChoice}.",
            Assert.IsType<MessageReply>(closed.Parts[0]).Text);
        Assert.Equal(question.SourceText, Assert.IsType<QuoteReply>(closed.Parts[1]).Text);
    }

    [Fact]
    public async Task Answer_RightInARoomWithoutPrivateReplies_TellsTheRoomOnceAndMovesOn()
    {
        var cy = TestContexts.RoomMember("cy");
        await features.Run(cy, "!quiz document:workers-opposition questions:2 kind:cloze");
        var question = CurrentQuestion(cy);

        var reply = Assert.IsType<CompositeReply>(await features.Run(TestContexts.RoomMember("dee"), $"!answer {QuizReplies.Letter(question.Answer)}"));

        Assert.All(reply.Parts, p => Assert.Equal(ReplyVisibility.Public, p.Visibility));
        Assert.Equal($"Right! Question 1: {QuizReplies.Letter(question.Answer)}. {question.RightChoice}.", Assert.IsType<MessageReply>(reply.Parts[0]).Text);
        Assert.Equal(question.SourceText, Assert.IsType<QuoteReply>(reply.Parts[1]).Text);
        Assert.StartsWith("Question 2 of 2", Assert.IsType<QuestionReply>(reply.Parts[2]).Heading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_ToADutchQuizByAnEnglishMember_IsInDutch()
    {
        var reply = await features.Run(ann, "/quiz manifest kind:cloze questions:2");
        var question = CurrentQuestion();

        var feedback = Assert.IsType<CompositeReply>(await features.Run(bob, $"/answer {Wrong(question)}"));

        Assert.Equal(Language.English, bob.ReplyLanguage);
        Assert.Equal(
            $"Niet helemaal. Het antwoord op vraag 1 is {QuizReplies.Letter(question.Answer)}. {question.RightChoice}.",
            Assert.IsType<MessageReply>(feedback.Parts[0]).Text);
        if (reply is CompositeReply { Parts: [MessageReply note, ..] })
        {
            Assert.StartsWith("Van Manifest", note.Text, StringComparison.Ordinal);
        }

        var board = Assert.IsType<ListReply>(await features.Run(ann, "/quiz stop"));
        Assert.StartsWith("Quiz gestopt: ", board.Title, StringComparison.Ordinal);
        Assert.Equal("1. bob: 0 goed van 1 beantwoord", Assert.Single(board.Items).PlainText);
    }

    [Fact]
    public async Task Quiz_OverTheWholeCorpus_SaysWhichTextAQuestionIsAbout()
    {
        await features.Run(ann, "/quiz questions:6");
        var session = features.Get<IQuizSessionStore>().Find(ann.ChannelId)!;
        Assert.True(session.Questions.Select(q => q.Source.Title).Distinct().Count() > 1, "the quiz should draw on several texts");

        var shown = Assert.IsType<QuestionReply>(await features.Run(ann, "/quiz next") is CompositeReply next ? next.Parts[^1] : null);

        var asked = session.Questions[1];
        Assert.Equal(asked.AboutText is { } about ? $"{asked.Prompt}\n{(asked.Language == Language.Dutch ? "Over" : "About")}: {about}" : asked.Prompt, shown.Prompt);
    }

    [Fact]
    public async Task QuizStop_EndsTheQuizWithTheBoard()
    {
        await features.Run(ann, "/quiz document:workers-opposition questions:3 kind:cloze");
        await features.Run(bob, $"/answer {QuizReplies.Letter(CurrentQuestion().Answer)}");
        await features.Run(ann, $"/answer {Wrong(CurrentQuestion())}");

        var board = Assert.IsType<ListReply>(await features.Run(ann, "/quiz stop"));

        Assert.Equal(["1. bob: 1 right of 1 answered", "2. ann: 0 right of 1 answered"], board.Items.Select(i => i.PlainText));
        Assert.Equal("No quiz is running in this channel. Start one with /quiz start.", Assert.IsType<MessageReply>(await features.Run(bob, "/answer A")).Text);
    }

    [Fact]
    public async Task Quiz_WhileOneRuns_IsRefusedUntilItIsIdle()
    {
        await features.Run(ann, "/quiz document:workers-opposition questions:3 kind:cloze");

        var refused = Assert.IsType<MessageReply>(await features.Run(bob, "/quiz"));
        features.Clock.Advance(QuizCommand.IdleTimeout + TimeSpan.FromMinutes(1));
        var replaced = await features.Run(bob, "/quiz document:workers-opposition questions:2 kind:cloze");

        Assert.Equal("A quiz is already running here (question 1 of 3). Answer it, or end it with /quiz stop.", refused.Text);
        Assert.IsType<QuestionReply>(replaced);
        Assert.Equal(bob.UserId, features.Get<IQuizSessionStore>().Find(ann.ChannelId)!.StarterId);
    }

    [Fact]
    public async Task Quiz_SourceKindWithFewerThanFourDocuments_SaysWhy()
    {
        using var small = new StudyFeatures(library: new CorpusLibrary(TestCorpus.Library.Documents.Take(3).ToArray()));

        var reply = Assert.IsType<MessageReply>(await small.Run(ann, "/quiz kind:source"));

        Assert.Equal("Source questions need at least 4 documents; the corpus has 3. Try kind:cloze.", reply.Text);
    }

    [Fact]
    public async Task Quiz_SourceKindOnATextWithFewerThanFourHeadedSections_SaysWhy()
    {
        var reply = Assert.IsType<MessageReply>(await features.Run(ann, "/quiz document:solidarity-kazakhstan kind:source"));

        Assert.Equal(
            "Source questions on one text ask which part a passage is from, and need at least 4 sections with headings of their own; “Solidarity” Workers Movement of Kazakhstan has 0. Try kind:cloze.",
            reply.Text);
        Assert.Null(features.Get<IQuizSessionStore>().Find(ann.ChannelId));
    }

    [Fact]
    public async Task Quiz_SourceKindOnATextWithSections_AsksWhichPartAPassageIsFrom()
    {
        using var seeds = new StudyFeatures(library: QuizFixture.Seeds.Value);

        var question = Assert.IsType<QuestionReply>(await seeds.Run(ann, "/quiz document:workplace-cells questions:3 kind:source"));

        Assert.StartsWith("Which part of “The backbone of Leninist organization: workplace cells” is this passage from?", question.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_WithAnUnknownLetter_SaysWhatIsAllowed()
    {
        await features.Run(ann, "/quiz kind:cloze");

        var reply = Assert.IsType<MessageReply>(await features.Run(bob, "/answer E"));

        Assert.Equal("Option 'choice' got 'E'; expected A, B, C or D (or 1-4).", reply.Text);
    }

    [Fact]
    public async Task Quiz_Mixed_AsksMoreThanOneKind()
    {
        await features.Run(ann, "/quiz questions:6");

        var kinds = features.Get<IQuizSessionStore>().Find(ann.ChannelId)!.Questions.Select(q => q.Kind).Distinct().ToArray();

        Assert.Contains(QuestionKind.Cloze, kinds);
        Assert.Contains(QuestionKind.Source, kinds);
    }

    [Fact]
    public async Task Quiz_OnATextWithFewerFactsThanAsked_SaysHowManyAndWhy()
    {
        // The test essay is short and full of sentences that point back or carry editorial marks: it gives a few fair questions, not ten.
        using var essay = new StudyFeatures(seed: 3, library: new CorpusLibrary([.. QuizFixture.Seeds.Value.Documents, EssayText.Document]));

        var reply = Assert.IsType<CompositeReply>(await essay.Run(ann, $"/quiz document:{EssayText.Document.Slug} questions:20 kind:choice"));

        var count = essay.Get<IQuizSessionStore>().Find(ann.ChannelId)!.Questions.Count;
        Assert.InRange(count, 1, 19);
        Assert.Equal(
            $"Only {count} questions could be made from {EssayText.Document.Title}, with other kinds filling in for choice questions: each fact is asked once, and the text states no more that make a fair question.",
            Assert.IsType<MessageReply>(reply.Parts[0]).Text);
        Assert.IsType<QuestionReply>(reply.Parts[1]);
    }

    public void Dispose() => features.Dispose();

    private QuizQuestion CurrentQuestion(CommandContext? context = null)
    {
        var session = features.Get<IQuizSessionStore>().Find((context ?? ann).ChannelId)!;
        return session.Questions[session.CurrentIndex];
    }

    private static string Wrong(QuizQuestion question) => QuizReplies.Letter((question.Answer + 1) % question.Choices.Count);
}
