using StudyBot.Core.Commands;
using StudyBot.Core.Corpus;
using StudyBot.Core.Localisation;

namespace StudyBot.Core.Quizzes;

/// <summary>Turns quiz state into replies: the question with answer buttons, private feedback, the results board.</summary>
public static class QuizReplies
{
    public static string Letter(int choice) => ((char)('A' + choice)).ToString();

    /// <summary>
    /// The language a quiz speaks: that of most of its questions (their documents' language), so a Dutch quiz answers
    /// in Dutch whatever the member's own language.
    /// </summary>
    public static Language LanguageOf(QuizSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return LanguageOf(session.Questions);
    }

    /// <summary>The language of most of <paramref name="questions"/>; English for none.</summary>
    public static Language LanguageOf(IEnumerable<QuizQuestion> questions) =>
        questions.GroupBy(q => q.Language).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? Language.English;

    /// <summary>What a quiz is on, as its notes and board name it: the document's title, or the corpus in the quiz's language.</summary>
    public static string Scope(Document? document, IEnumerable<QuizQuestion> questions) =>
        document?.Title ?? QuizTexts.TheCorpus.In(LanguageOf(questions));

    /// <summary>
    /// What the quiz says before its first question when it has fewer questions than <paramref name="asked"/> or other
    /// kinds filled in for <paramref name="kind"/>, in the quiz's language (the kind too: "meerkeuze" in a Dutch quiz);
    /// null when it is what was asked.
    /// </summary>
    public static string? Note(GeneratedQuiz quiz, int asked, string kind, string scope)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        // The notes share their arguments: how many questions, the kind asked, and what the quiz is on.
        var note = (quiz.Count < asked, quiz.FilledUpWithOtherKinds) switch
        {
            (true, false) => QuizTexts.OnlySome,
            (true, true) => QuizTexts.OnlySomeFilledUp,
            (false, true) => QuizTexts.FilledUp,
            _ => null,
        };
        var language = LanguageOf(quiz);
        return note?.Format(language, quiz.Count, QuizMixes.Label(kind, language), scope);
    }

    /// <summary>
    /// The current question, its heading in the question's language, one answer button per choice; in a quiz over the
    /// whole corpus the heading says which text the question is about.
    /// </summary>
    public static QuestionReply Question(QuizSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var number = session.CurrentIndex + 1;
        var question = session.Questions[session.CurrentIndex];
        var heading = QuizWording.Question.Format(question.Language, number, session.Questions.Count);
        var about = session.Questions.Select(q => q.Source.Title).Distinct(StringComparer.Ordinal).Skip(1).Any() && question.AboutText is { } text
            ? "\n" + QuizTexts.AboutText.Format(question.Language, text)
            : string.Empty;
        return new QuestionReply($"{heading} · {session.Title}", question.Prompt + about, question.Choices)
        {
            Language = question.Language,
            Actions = question.Choices
                .Select((_, i) => new ReplyAction(Letter(i), CommandLineWriter.Write("answer", ("choice", Letter(i)), ("question", number), ("quiz", session.Id))))
                .ToArray(),
        };
    }

    /// <summary>
    /// What the answerer learns at once. With private replies: right or wrong, the right answer and the sentence it comes
    /// from. Without them (a shared room), a wrong answer is only acknowledged: saying so would tell the room the answer
    /// is elsewhere, and the answer itself must wait until the question closes (<see cref="Closed"/>); a right answer
    /// closes the question, so it is revealed to everyone.
    /// </summary>
    public static IEnumerable<Reply> Feedback(QuizQuestion question, int number, bool right, string userName, bool canReplyPrivately)
    {
        ArgumentNullException.ThrowIfNull(question);
        var language = question.Language;
        var answer = $"{Letter(question.Answer)}. {question.RightChoice}";
        if (!canReplyPrivately && !right)
        {
            yield return new MessageReply(QuizTexts.Counted.Format(language, userName, number)) { Language = language };
            yield break;
        }

        var visibility = canReplyPrivately ? ReplyVisibility.Private : ReplyVisibility.Public;
        yield return new MessageReply(
            right ? QuizTexts.Right.Format(language, number, answer) : QuizTexts.NotQuite.Format(language, number, answer),
            // A wrong answer is part of the game, not a failed command: front doors render Error tones as refusals.
            right ? ReplyTone.Success : ReplyTone.Info) { Visibility = visibility, Language = language };
        yield return new QuoteReply(question.SourceText, question.Source) { Visibility = visibility, Language = language };
    }

    /// <summary>A question closed without a right answer (<c>/quiz next</c>): its answer and source sentence, for everyone.</summary>
    public static IEnumerable<Reply> Closed(QuizQuestion question, int number)
    {
        ArgumentNullException.ThrowIfNull(question);
        yield return new MessageReply(QuizTexts.ClosedWithAnswer.Format(question.Language, number, $"{Letter(question.Answer)}. {question.RightChoice}")) { Language = question.Language };
        yield return new QuoteReply(question.SourceText, question.Source) { Language = question.Language };
    }

    /// <summary>Members by score; see <see cref="QuizSession.Board"/> for the order; in the quiz's language.</summary>
    public static ListReply Board(QuizSession session, LocalText title)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(title);
        var language = LanguageOf(session);
        var standings = session.Board();
        var items = standings.Count == 0
            ? [RichText.Plain(QuizTexts.NoOneAnswered.In(language))]
            : standings.Select(s => RichText.Plain(QuizTexts.Standing.Format(language, s.Rank, s.UserName, s.Right, s.Answered))).ToArray();
        return new ListReply(QuizTexts.BoardHeading.Format(language, title.In(language), session.Title, session.Questions.Count), items) { Language = language };
    }

    /// <summary>After a question closes: the next question, or the board when it was the last.</summary>
    public static Reply AfterQuestion(QuizSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.IsFinished ? Board(session, QuizTexts.Results) : Question(session);
    }
}
